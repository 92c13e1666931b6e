import { describe, expect, it } from 'vitest';
import {
  formatDuration,
  nextSort,
  sortAlerts,
  subjectLabel,
} from '../../../../../renderer/src/model/alertsView';
import { makeAlert } from '../../../fixtures/alerts';

const list = [
  makeAlert(1, { lostKwh: 5, severity: 'warning', startAt: 1000 }),
  makeAlert(2, { lostKwh: 50, severity: 'info', startAt: 2000 }),
  makeAlert(3, { lostKwh: 5, severity: 'fault', startAt: 3000 }),
];

describe('alerts view', () => {
  it.each([
    ['most energy lost first, ties newest first', { key: 'lost', descending: true }, [2, 3, 1]],
    ['least energy lost first', { key: 'lost', descending: false }, [3, 1, 2]],
    ['newest first', { key: 'start', descending: true }, [3, 2, 1]],
    ['worst first', { key: 'severity', descending: true }, [3, 1, 2]],
  ] as const)('sorts: %s', (_n, sort, ids) => {
    expect(sortAlerts(list, sort).map((a) => a.id)).toEqual(ids);
  });

  it.each([
    [{ key: 'lost', descending: true }, 'lost', { key: 'lost', descending: false }],
    [{ key: 'lost', descending: false }, 'start', { key: 'start', descending: true }],
  ] as const)('next sort from %o on %s', (current, key, next) => {
    expect(nextSort(current, key)).toEqual(next);
  });

  it.each([
    [makeAlert(1), 'Roof A'],
    [makeAlert(1, { siteId: 'gone' }), 'A removed site'],
    [makeAlert(1, { siteId: null, subject: 'connection:c1' }), 'Account'],
    [makeAlert(1, { siteId: null, subject: 'provider:enphase' }), 'Request quota'],
    [makeAlert(1, { siteId: null, subject: 'app' }), 'This app'],
  ])('names where %o happened', (input, label) => {
    expect(subjectLabel(input, new Map([['s1', 'Roof A']]))).toBe(label);
  });

  it.each([
    [0, 600, null, '10 min'],
    [0, 7200, null, '2 h'],
    [0, 0, 8100, '2 h 15 min'],
    [0, 0, 5 * 86_400, '5 days'],
  ])('durations from %i (now %i, end %o): %s', (start, now, end, text) => {
    expect(formatDuration(start, end, now)).toBe(text);
  });
});
