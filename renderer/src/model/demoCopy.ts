/**
 * How Settings and empty states describe the demo fleet, from main's facts (why it is shown,
 * how many buildings it has) so the words match what is on screen.
 */
import type { AppInfo } from '../../../shared/domain';
import { t } from '../i18n/t';

/** The demo switch: whether it reads as on, whether it can be changed, and the words beside it. */
export interface DemoSwitch {
  on: boolean;
  /** Off cannot take effect (started with --demo, or no account to show instead). */
  locked: boolean;
  text: string;
}

/** The switch for the stored `setting` and main's `reason` (undefined while app info loads). */
export function demoSwitch(
  setting: boolean,
  reason: AppInfo['demoReason'] | undefined,
): DemoSwitch {
  switch (reason) {
    case 'forced':
      return { on: true, locked: true, text: t('settings.demoForced') };
    case 'no_connections':
      return { on: true, locked: true, text: t('settings.demoNoAccount') };
    case 'setting':
      return { on: true, locked: false, text: t('settings.on') };
    case null:
      return { on: false, locked: false, text: t('settings.off') };
    case undefined:
      return { on: setting, locked: false, text: setting ? t('settings.on') : t('settings.off') };
  }
}

/** "8 simulated buildings" (or just "simulated buildings" before the fleet was ever listed). */
export function demoFleetPhrase(count: number | undefined): string {
  return t('settings.demoFleet', { count: count ?? 0 });
}
