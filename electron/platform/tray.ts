/** The TrayPort on Electron's Tray: the fleet's state as the icon, and the app's menu. */
import { Menu, nativeImage, Tray } from 'electron';
import { trayIconPng } from '../desktop/tray-icon';
import { pauseLabel } from '../desktop/tray-menu';
import type { TrayMenuActions, TrayPort, TrayState } from '../ports';

/** Builds the tray icon (after `ready`) with Open, Refresh now, Pause/Resume and Quit. */
export function createElectronTray(actions: TrayMenuActions): TrayPort {
  const image = (state: TrayState) =>
    nativeImage.createFromBuffer(trayIconPng(state, 32), { scaleFactor: 2 });
  const tray = new Tray(image('fine'));
  // Electron menus are fixed once built: the pause item is relabelled by building it again.
  const setMenu = (paused: boolean) =>
    tray.setContextMenu(
      Menu.buildFromTemplate([
        { label: 'Open Enalysis', click: () => actions.open() },
        { label: 'Refresh now', click: () => actions.refresh(), enabled: !paused },
        { label: pauseLabel(paused), click: () => actions.togglePause() },
        { type: 'separator' },
        { label: 'Quit', click: () => actions.quit() },
      ]),
    );
  setMenu(false);
  // Windows and Linux open on a click; macOS shows the menu.
  tray.on('click', () => actions.open());
  return {
    show(state, tooltip) {
      tray.setImage(image(state));
      tray.setToolTip(tooltip);
    },
    setPaused: setMenu,
    destroy: () => tray.destroy(),
  };
}
