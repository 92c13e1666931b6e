import { describe, expect, it } from 'vitest';
import type { Alert } from '../../../../../shared/alerts';
import { startOfLocalDay } from '../../../../../shared/time';
import { chartMarkers } from '../../../../../renderer/src/model/chartMarkers';

const zone = 'America/Los_Angeles';
const day = '2026-06-17';
const at = (date: string, hh: number) => startOfLocalDay(date, zone) + hh * 3600;

function alert(id: number, startAt: number, endAt: number | null): Alert {
  return {
    id,
    rule: 'zero_production',
    subject: 'site:s',
    siteId: 's',
    severity: 'fault',
    startAt,
    endAt,
    detectedAt: startAt,
    summary: 'x',
    evidence: {},
    lostKwh: 1,
    acknowledgedAt: null,
  };
}

describe('chartMarkers', () => {
  it('marks the start and end of an alert inside the day, in the site’s local time', () => {
    const markers = chartMarkers([alert(1, at(day, 9), at(day, 15))], 'day', day, day, zone);
    expect(markers.map((m) => [m.kind, m.t, m.label])).toEqual([
      ['start', at(day, 9), 'No production began 09:00'],
      ['end', at(day, 15), 'No production ended 15:00'],
    ]);
  });

  it.each([
    {
      name: 'an open alert: only its start',
      alerts: [alert(1, at(day, 9), null)],
      kinds: ['start'],
    },
    {
      name: 'an alert from the day before: only its end',
      alerts: [alert(1, at('2026-06-16', 10), at(day, 8))],
      kinds: ['end'],
    },
    {
      name: 'an alert wholly outside the day: nothing',
      alerts: [alert(1, at('2026-06-15', 10), at('2026-06-15', 12))],
      kinds: [],
    },
  ])('day: $name', ({ alerts, kinds }) => {
    expect(chartMarkers(alerts, 'day', day, day, zone).map((m) => m.kind)).toEqual(kinds);
  });

  it('week: places each marker on its day’s bar and says the date', () => {
    const [marker] = chartMarkers(
      [alert(1, at(day, 9), null)],
      'week',
      '2026-06-15',
      '2026-06-21',
      zone,
    );
    expect(marker!.tick).toBe('Wed 17');
    expect(marker!.label).toMatch(/^No production began .*17.* 09:00$/);
  });

  it('year: places each marker on its month’s bar and says the date', () => {
    const alerts = [alert(1, at(day, 9), at(day, 15))];
    const markers = chartMarkers(alerts, 'year', '2026-01-01', '2026-12-31', zone);
    expect(markers.map((m) => [m.kind, m.tick])).toEqual([
      ['start', 'Jun'],
      ['end', 'Jun'],
    ]);
    expect(markers[0]!.label).toMatch(/^No production began .*17.* 09:00$/);
    // Outside the shown year: nothing.
    expect(chartMarkers(alerts, 'year', '2025-01-01', '2025-12-31', zone)).toEqual([]);
  });

  it('lifetime: places each marker on its year’s bar', () => {
    const markers = chartMarkers([alert(1, at(day, 9), null)], 'lifetime', '2020-01-01', day, zone);
    expect(markers.map((m) => [m.kind, m.tick])).toEqual([['start', '2026']]);
    expect(markers[0]!.label).toMatch(/^No production began .*17.* 09:00$/);
  });
});
