/** The TrayPort on Electron's Tray: the fleet's state as the icon, and the app's menu. */
import { Menu, nativeImage, Tray } from 'electron';
import { trayIconPng } from '../desktop/tray-icon';
import type { TrayMenuActions, TrayPort, TrayState } from '../ports';

/** Builds the tray icon (after `ready`) with Open, Refresh now and Quit. */
export function createElectronTray(actions: TrayMenuActions): TrayPort {
  const image = (state: TrayState) =>
    nativeImage.createFromBuffer(trayIconPng(state, 32), { scaleFactor: 2 });
  const tray = new Tray(image('fine'));
  tray.setContextMenu(
    Menu.buildFromTemplate([
      { label: 'Open Enalysis', click: () => actions.open() },
      { label: 'Refresh now', click: () => actions.refresh() },
      { type: 'separator' },
      { label: 'Quit', click: () => actions.quit() },
    ]),
  );
  // Windows and Linux open on a click; macOS shows the menu.
  tray.on('click', () => actions.open());
  return {
    show(state, tooltip) {
      tray.setImage(image(state));
      tray.setToolTip(tooltip);
    },
    destroy: () => tray.destroy(),
  };
}
