/** Words of the tray (menu and tooltip), shared by the Electron tray and its harness twin. */
import type { FleetAlertState } from '../../shared/alerts';
import type { Words } from '../i18n/words';
import type { TrayMenuLabels } from '../ports';

/** The menu's labels in the current language; the pause item says what clicking it will do. */
export function trayMenuLabels(words: Words, paused: boolean): TrayMenuLabels {
  return {
    open: words.t('desktop.tray.open'),
    refresh: words.t('desktop.tray.refresh'),
    pause: words.t(paused ? 'desktop.tray.resume' : 'desktop.tray.pause'),
    quit: words.t('desktop.tray.quit'),
    paused,
  };
}

/** The tray tooltip for the fleet's state. */
export function trayTooltip(words: Words, state: FleetAlertState): string {
  if (state.state === 'fine') return words.t('desktop.tooltip.fine');
  return words.t('desktop.tooltip.attention', { count: state.unseen, state: state.state });
}
