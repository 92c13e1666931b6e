/** The LoginItemPort on `app.setLoginItemSettings`: start in the tray at login. */
import { app } from 'electron';
import type { LoginItemPort } from '../ports';

/** The flag main.ts reads to start in the tray instead of showing the window. */
export const HIDDEN_FLAG = '--hidden';

/** Builds the port. */
export function createLoginItem(): LoginItemPort {
  return {
    setOpenAtLogin(open) {
      // The flag makes a start at login open in the tray instead of showing the window.
      app.setLoginItemSettings({ openAtLogin: open, args: [HIDDEN_FLAG] });
    },
  };
}
