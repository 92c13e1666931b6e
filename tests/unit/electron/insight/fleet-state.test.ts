import { describe, expect, it } from 'vitest';
import { fleetState } from '../../../../electron/insight/fleet-state';
import type { AlertSilence } from '../../../../shared/alerts';
import { makeAlert } from '../../fixtures/alerts';

const muted: AlertSilence = { subject: 'site:a', rule: '*', until: null };
const snoozed: AlertSilence = { subject: 'site:a', rule: 'zero_production', until: 100 };

describe('fleet state', () => {
  it.each([
    ['nothing open', [], [], 50, { state: 'fine', unseen: 0, open: 0 }],
    [
      'a fault',
      [makeAlert(1, { subject: 'site:a' })],
      [],
      50,
      { state: 'fault', unseen: 1, open: 1 },
    ],
    [
      'a warning and an info',
      [makeAlert(1, { severity: 'warning' }), makeAlert(2, { severity: 'info' })],
      [],
      50,
      { state: 'warning', unseen: 2, open: 2 },
    ],
    [
      'an acknowledged fault',
      [makeAlert(1, { acknowledgedAt: 10 })],
      [],
      50,
      { state: 'fine', unseen: 0, open: 1 },
    ],
    [
      'a muted site',
      [makeAlert(1, { subject: 'site:a' })],
      [muted],
      50,
      { state: 'fine', unseen: 0, open: 1 },
    ],
    [
      'a snooze in force',
      [makeAlert(1, { subject: 'site:a' })],
      [snoozed],
      50,
      { state: 'fine', unseen: 0, open: 1 },
    ],
    [
      'a snooze that ran out',
      [makeAlert(1, { subject: 'site:a' })],
      [snoozed],
      150,
      { state: 'fault', unseen: 1, open: 1 },
    ],
  ] as const)('%s', (_n, open, silences, now, expected) => {
    expect(fleetState([...open], [...silences], now)).toEqual(expected);
  });
});
