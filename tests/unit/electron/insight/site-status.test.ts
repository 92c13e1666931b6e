import { describe, expect, it } from 'vitest';
import { siteAlertStatuses, withAlertStatus } from '../../../../electron/insight/site-status';
import type { AlertSilence } from '../../../../shared/alerts';
import { makeAlert } from '../../fixtures/alerts';

const at = (id: number, over: Parameters<typeof makeAlert>[1] = {}) =>
  makeAlert(id, { siteId: 'a', subject: 'site:a', ...over });

describe('site alert statuses', () => {
  it.each([
    ['nothing open', [], [], undefined],
    ['an open fault', [at(1)], [], { status: 'fault', detail: 'Roof 1 produced nothing.' }],
    [
      'an acknowledged fault is seen, not over',
      [at(1, { acknowledgedAt: 10 })],
      [],
      { status: 'fault', detail: 'Roof 1 produced nothing.' },
    ],
    ['an ended fault', [at(1, { endAt: 40 })], [], undefined],
    ['a muted site', [at(1)], [{ subject: 'site:a', rule: '*', until: null }], undefined],
    [
      'a snoozed rule, another rule open',
      [at(1), at(2, { rule: 'underperformance', severity: 'warning' })],
      [{ subject: 'site:a', rule: 'zero_production', until: 100 }],
      { status: 'warning', detail: 'Roof 2 produced nothing.' },
    ],
    ['an info only', [at(1, { severity: 'info' })], [], undefined],
    [
      'a warning and a later fault: the fault',
      [at(1, { severity: 'warning', startAt: 5 }), at(2, { startAt: 20 })],
      [],
      { status: 'fault', detail: 'Roof 2 produced nothing.' },
    ],
    [
      'two faults: the older',
      [at(2, { startAt: 30 }), at(1, { startAt: 10 })],
      [],
      { status: 'fault', detail: 'Roof 1 produced nothing.' },
    ],
    [
      'an account alert names no site',
      [makeAlert(1, { siteId: null, subject: 'app' })],
      [],
      undefined,
    ],
  ] as const)('%s', (_n, open, silences, expected) => {
    const statuses = siteAlertStatuses([...open], [...silences] as AlertSilence[], 50);
    expect(statuses.get('a')).toEqual(expected);
    expect(statuses.size).toBe(expected ? 1 : 0);
  });
});

describe('a site status with its alerts', () => {
  const fault = { status: 'fault', detail: 'No production since 09:00.' } as const;
  const warning = { status: 'warning', detail: 'Underperforming.' } as const;
  it.each([
    ['normal, no alert', 'normal', undefined, { status: 'normal', statusDetail: null }],
    ['normal, a fault alert', 'normal', fault, { status: 'fault', statusDetail: fault.detail }],
    ['offline beats a warning', 'offline', warning, { status: 'offline', statusDetail: 'p' }],
    [
      'a fault alert beats offline',
      'offline',
      fault,
      { status: 'fault', statusDetail: fault.detail },
    ],
    ['the provider wins a tie', 'fault', fault, { status: 'fault', statusDetail: 'p' }],
    [
      'needs sign-in beats a warning',
      'needs_reauth',
      warning,
      { status: 'needs_reauth', statusDetail: 'p' },
    ],
  ] as const)('%s', (_n, status, alert, expected) => {
    const detail = status === 'normal' ? null : 'p';
    expect(withAlertStatus(status, detail, alert)).toEqual(expected);
  });
});
