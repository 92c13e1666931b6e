/**
 * The application menu as data, following each platform's conventions: the macOS app menu,
 * an Edit menu on every platform (without it copy and paste do not work on macOS), View without
 * DevTools in release builds, and Help → Copy diagnostics. Kiosk mode gets a minimal menu.
 * Pure, so every variant is a table test; menu.ts hands it to Electron.
 */
import type { MenuItemConstructorOptions } from 'electron';

/** What shapes the menu. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Release builds (app.isPackaged) have no DevTools and no reload. */
  isPackaged: boolean;
  /** Trade-show mode: nothing a visitor could use beyond copying text and quitting. */
  kiosk: boolean;
  /** Help → Copy diagnostics. */
  onCopyDiagnostics: () => void;
}

const separator: MenuItemConstructorOptions = { type: 'separator' };

function appMenu(): MenuItemConstructorOptions {
  return {
    label: 'Enalysis',
    submenu: [
      { role: 'about', label: 'About Enalysis' },
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', label: 'Hide Enalysis' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: 'Quit Enalysis' },
    ],
  };
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };
}

function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  const developer: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  return {
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}

/** The whole menu for one platform and build. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const quitMenu: MenuItemConstructorOptions = { label: 'File', submenu: [{ role: 'quit' }] };
  if (options.kiosk) return [mac ? appMenu() : quitMenu, editMenu()];
  const help: MenuItemConstructorOptions = {
    role: 'help',
    submenu: [
      { label: 'Copy diagnostics', click: () => options.onCopyDiagnostics() },
      ...(mac ? [] : [separator, { role: 'about', label: 'About Enalysis' } as const]),
    ],
  };
  return [
    ...(mac ? [appMenu()] : []),
    mac ? { label: 'File', submenu: [{ role: 'close' }] } : quitMenu,
    editMenu(),
    viewMenu(options.isPackaged),
    { role: 'windowMenu' },
    help,
  ];
}
