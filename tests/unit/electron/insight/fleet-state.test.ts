import { describe, expect, it } from 'vitest';
import { fleetState } from '../../../../electron/insight/fleet-state';
import type { Alert, AlertSilence } from '../../../../shared/alerts';

const alert = (over: Partial<Alert>): Alert => ({
  id: 1,
  rule: 'zero_production',
  subject: 'site:a',
  siteId: 'a',
  severity: 'fault',
  startAt: 0,
  endAt: null,
  detectedAt: 0,
  summary: '',
  evidence: {},
  lostKwh: 0,
  acknowledgedAt: null,
  ...over,
});
const muted: AlertSilence = { subject: 'site:a', rule: '*', until: null };
const snoozed: AlertSilence = { subject: 'site:a', rule: 'zero_production', until: 100 };

describe('fleet state', () => {
  it.each([
    ['nothing open', [], [], 50, { state: 'fine', unseen: 0, open: 0 }],
    ['a fault', [alert({})], [], 50, { state: 'fault', unseen: 1, open: 1 }],
    [
      'a warning and an info',
      [alert({ severity: 'warning' }), alert({ id: 2, severity: 'info' })],
      [],
      50,
      { state: 'warning', unseen: 2, open: 2 },
    ],
    [
      'an acknowledged fault',
      [alert({ acknowledgedAt: 10 })],
      [],
      50,
      { state: 'fine', unseen: 0, open: 1 },
    ],
    ['a muted site', [alert({})], [muted], 50, { state: 'fine', unseen: 0, open: 1 }],
    ['a snooze in force', [alert({})], [snoozed], 50, { state: 'fine', unseen: 0, open: 1 }],
    ['a snooze that ran out', [alert({})], [snoozed], 150, { state: 'fault', unseen: 1, open: 1 }],
  ] as const)('%s', (_n, open, silences, now, expected) => {
    expect(fleetState([...open], [...silences], now)).toEqual(expected);
  });
});
