/**
 * Recording twins of the desktop ports (notifier, tray, login item), so tests can assert what
 * the app told the OS and click what it showed.
 */
import type {
  LoginItemPort,
  NotifierPort,
  TrayMenuActions,
  TrayMenuLabels,
  TrayPort,
  TrayState,
} from '../../electron/ports';

/** Records every notification and lets a test click one. */
export class RecordingNotifier implements NotifierPort {
  readonly sent: { title: string; body: string; onClick: () => void }[] = [];
  notify(message: { title: string; body: string }, onClick: () => void): void {
    this.sent.push({ ...message, onClick });
  }
  /** Clicks the i-th notification shown. */
  click(index: number): void {
    this.sent[index]?.onClick();
  }
}

/** Records every state the tray showed, and exposes its menu commands. */
export class RecordingTray implements TrayPort {
  readonly states: { state: TrayState; tooltip: string }[] = [];
  destroyed = false;
  /** The menu's words as the tray shows them now (null before the desktop set them). */
  labels: TrayMenuLabels | null = null;
  constructor(readonly menu: TrayMenuActions) {}
  /** The pause item's label as the menu shows it now. */
  get pauseItem(): string | null {
    return this.labels?.pause ?? null;
  }
  setMenu(labels: TrayMenuLabels): void {
    this.labels = labels;
  }
  show(state: TrayState, tooltip: string): void {
    this.states.push({ state, tooltip });
  }
  destroy(): void {
    this.destroyed = true;
  }
  /** The state shown last. */
  get current(): TrayState | null {
    return this.states.at(-1)?.state ?? null;
  }
}

/** Records the login-item choice. */
export class RecordingLoginItem implements LoginItemPort {
  openAtLogin: boolean | null = null;
  setOpenAtLogin(open: boolean): void {
    this.openAtLogin = open;
  }
}
