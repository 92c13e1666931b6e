/**
 * The desktop around a running core: notifications for alerts, the tray icon and its menu,
 * launch at login. Plain Node on ports, so electron/main.ts and the test harness attach the
 * very same behaviour (Electron adapters there, recording twins here).
 */
import type { FleetAlertState } from '../../shared/alerts';
import type { Core } from '../core';
import type { LoginItemPort, NotifierPort, TrayMenuActions, TrayPort } from '../ports';
import { AlertNotifications } from './alert-notifications';
import { trayMenuLabels, trayTooltip } from './tray-menu';

/** What the host provides. */
export interface DesktopPorts {
  notifier: NotifierPort;
  /** Builds the tray with its menu's commands. */
  tray(menu: TrayMenuActions): TrayPort;
  loginItem: LoginItemPort;
  zone: string;
  /** Shows the window (opening it again when it was closed to the tray). */
  showWindow(): void;
  quit(): void;
}

/** Held notifications are checked this often (quiet hours ending, the digest time). */
const FLUSH_MS = 60_000;

/** Attaches the desktop to the core; returns the function that detaches it. */
export function attachDesktop(core: Core, ports: DesktopPorts): () => void {
  const settings = () => core.settings.get();
  const show = (hash: string | null) => {
    ports.showWindow();
    if (hash) core.openRoute(hash);
  };
  const notifications = new AlertNotifications({
    notifier: ports.notifier,
    clock: core.clock,
    settings,
    words: core.words,
    zone: ports.zone,
    open: (siteId) => show(siteId ? `#/site/${encodeURIComponent(siteId)}` : '#/alerts'),
  });
  const tray = ports.tray({
    open: () => show(null),
    refresh: () => void core.scheduler.refreshNow(),
    // The setting is the pause's one owner (core.ts applies it); the menu follows it below.
    togglePause: () => void core.settings.update({ refreshPaused: !settings().refreshPaused }),
    quit: ports.quit,
  });
  const showState = (state: FleetAlertState) =>
    tray.show(state.state, trayTooltip(core.words, state));
  // The menu and tooltip follow the pause and the language: both live in the settings.
  const showMenu = () => tray.setMenu(trayMenuLabels(core.words, settings().refreshPaused));
  showState(core.watch.state());
  ports.loginItem.setOpenAtLogin(settings().launchAtLogin);
  showMenu();
  const unlisten = core.watch.listen({
    raised: (alerts) => notifications.raised(alerts),
    state: showState,
  });
  const unsettings = core.settings.onChange((value) => {
    ports.loginItem.setOpenAtLogin(value.launchAtLogin);
    showMenu();
    showState(core.watch.state());
  });
  const timer = setInterval(() => notifications.flush(), FLUSH_MS);
  timer.unref?.();
  return () => {
    clearInterval(timer);
    unlisten();
    unsettings();
    tray.destroy();
  };
}
