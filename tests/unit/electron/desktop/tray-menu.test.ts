import { describe, expect, it } from 'vitest';
import { trayMenuLabels, trayTooltip } from '../../../../electron/desktop/tray-menu';
import { englishWords } from '../../../../electron/i18n/words';
import type { FleetAlertState } from '../../../../shared/alerts';
import { germanWords } from '../../../harness/words';

const state = (s: FleetAlertState['state'], unseen: number): FleetAlertState => ({
  state: s,
  unseen,
  open: unseen,
});

describe('tray words', () => {
  it.each([
    [state('fine', 0), 'Enalysis: all sites fine', 'Enalysis: alle Anlagen in Ordnung'],
    [
      state('warning', 1),
      'Enalysis: 1 alert needs attention (a warning)',
      'Enalysis: 1 Warnung braucht Aufmerksamkeit (eine Warnung)',
    ],
    [
      state('fault', 3),
      'Enalysis: 3 alerts need attention (a fault)',
      'Enalysis: 3 Warnungen brauchen Aufmerksamkeit (eine Störung)',
    ],
  ])('tooltip for %j', (fleet, english, german) => {
    expect(trayTooltip(englishWords, fleet)).toBe(english);
    expect(trayTooltip(germanWords, fleet)).toBe(german);
  });

  it('the pause item says what a click will do, in either language', () => {
    expect(trayMenuLabels(englishWords, false)).toEqual({
      open: 'Open Enalysis',
      refresh: 'Refresh now',
      pause: 'Pause refreshing',
      quit: 'Quit',
      paused: false,
    });
    expect(trayMenuLabels(englishWords, true).pause).toBe('Resume refreshing');
    expect(trayMenuLabels(germanWords, true)).toEqual({
      open: 'Enalysis öffnen',
      refresh: 'Jetzt aktualisieren',
      pause: 'Aktualisierung fortsetzen',
      quit: 'Beenden',
      paused: true,
    });
  });
});
