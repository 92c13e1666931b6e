/** The TrayPort on Electron's Tray: the fleet's state as the icon, and the app's menu. */
import { Menu, nativeImage, Tray } from 'electron';
import { trayIconPng } from '../desktop/tray-icon';
import type { TrayMenuActions, TrayMenuLabels, TrayPort, TrayState } from '../ports';

/** Builds the tray icon (after `ready`); its menu (Open, Refresh now, Pause/Resume, Quit) comes with setMenu. */
export function createElectronTray(actions: TrayMenuActions): TrayPort {
  const image = (state: TrayState) =>
    nativeImage.createFromBuffer(trayIconPng(state, 32), { scaleFactor: 2 });
  const tray = new Tray(image('fine'));
  // Electron menus are fixed once built: a new pause state or language builds it again.
  const setMenu = (labels: TrayMenuLabels) =>
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: labels.open, click: () => actions.open() },
        { label: labels.refresh, click: () => actions.refresh(), enabled: !labels.paused },
        { label: labels.pause, click: () => actions.togglePause() },
        { type: 'separator' },
        { label: labels.quit, click: () => actions.quit() },
      ]),
    );
  // Windows and Linux open on a click; macOS shows the menu.
  tray.on('click', () => actions.open());
  return {
    show(state, tooltip) {
      tray.setImage(image(state));
      tray.setToolTip(tooltip);
    },
    setMenu,
    destroy: () => tray.destroy(),
  };
}
