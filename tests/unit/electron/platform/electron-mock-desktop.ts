/**
 * The desktop twins of the `electron` stand-in: theme, dialogs, menus, clipboard, notifications,
 * native images and the tray. They record into the one shared state (electron-mock-state.ts);
 * electron-mock.ts re-exports them as part of the module surface.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { electronMock } from './electron-mock-state';

export const nativeTheme = {
  get shouldUseDarkColors() {
    return electronMock.darkTheme;
  },
};

export const dialog = {
  showErrorBox: vi.fn(),
  /** Answers like a person who picked `electronMock.saveDialogPath` (null: pressed Cancel). */
  showSaveDialog: vi.fn(async (..._args: unknown[]) =>
    electronMock.saveDialogPath === null
      ? { canceled: true, filePath: '' }
      : { canceled: false, filePath: electronMock.saveDialogPath },
  ),
  showOpenDialog: vi.fn(async (..._args: unknown[]) =>
    electronMock.saveDialogPath === null
      ? { canceled: true, filePaths: [] }
      : { canceled: false, filePaths: [electronMock.saveDialogPath] },
  ),
};

/** Menus keep their template (`items` for the tray); the application menu is recorded. */
export const Menu = {
  buildFromTemplate: <T>(template: T[]) => ({ template, items: template }),
  setApplicationMenu: (menu: { template: unknown[] } | null) => {
    electronMock.menuTemplate = menu?.template ?? null;
    electronMock.menuInstalled = menu !== null;
  },
};

export const clipboard = {
  writeText: (text: string) => {
    electronMock.clipboardText = text;
  },
};

/** A notification that records what it said and whether it was shown. */
export class Notification extends EventEmitter {
  shown = false;
  constructor(readonly options: { title: string; body: string }) {
    super();
  }
  static isSupported(): boolean {
    return electronMock.notificationsSupported;
  }
  show(): void {
    this.shown = true;
    electronMock.notifications.push(this);
  }
}

/** What `nativeImage.createFromBuffer` made: the bytes it was given. */
export const nativeImage = {
  createFromBuffer: (buffer: Buffer, options: Record<string, unknown> = {}) => ({
    buffer,
    options,
  }),
};

/** A tray icon recording its image, tooltip and menu. */
export class Tray extends EventEmitter {
  image: unknown;
  tooltip = '';
  menu: {
    items: { label?: string; type?: string; click?: () => void; enabled?: boolean }[];
  } | null = null;
  destroyed = false;
  constructor(image: unknown) {
    super();
    this.image = image;
    electronMock.trays.push(this);
  }
  setImage(image: unknown): void {
    this.image = image;
  }
  setToolTip(text: string): void {
    this.tooltip = text;
  }
  setContextMenu(menu: Tray['menu']): void {
    this.menu = menu;
  }
  destroy(): void {
    this.destroyed = true;
  }
}

/** The desktop part of the module surface, for the mock's default export. */
export const desktopSurface = {
  nativeTheme,
  dialog,
  Menu,
  clipboard,
  Notification,
  nativeImage,
  Tray,
};

/** Clears the desktop twins' spies between tests. */
export function clearDesktopMocks(): void {
  dialog.showSaveDialog.mockClear();
  dialog.showOpenDialog.mockClear();
}
