import { describe, expect, it } from 'vitest';
import type { SiteDay } from '../../../../electron/insight/candidate';
import type { HourBucket } from '../../../../electron/insight/hours';
import { sayStored } from '../../../../electron/i18n/stored-text';
import { createWords, englishWords } from '../../../../electron/i18n/words';
import {
  deviceFaultRule,
  lostWhSince,
  noDataRule,
  underperformanceRule,
  zeroProductionRule,
} from '../../../../electron/insight/site-rules';

const H = 3600;
const NOW = 20 * H;
/** A 10 kWp site's day: daylight 6–18 h with `expectedWh` per hour, `ratio[h]` produced. */
function day(
  ratios: Record<number, number>,
  clearness: number | null,
  extra: Partial<SiteDay> = {},
  clearnessAt: Record<number, number> = {},
): SiteDay {
  const hours: HourBucket[] = [];
  for (let h = 0; h < 24; h++) {
    const full = h >= 6 && h < 18 ? 5000 : 0;
    const reported = (h + 1) * H <= NOW ? H : 0;
    const expectedWh = reported ? full : 0;
    hours.push({
      start: h * H,
      actualWh: expectedWh * (ratios[h] ?? clearness ?? 1),
      expectedWh,
      fullExpectedWh: full,
      reportedSeconds: reported,
    });
  }
  const map = new Map<number, number>();
  if (clearness !== null) for (let h = 6; h < 18; h++) map.set(h * H, clearnessAt[h] ?? clearness);
  return {
    siteId: 's1',
    name: 'Library',
    capacityW: 10_000,
    status: 'normal',
    statusDetail: null,
    statusSince: null,
    hours,
    windowStart: 0,
    clearness: map,
    lastDataAt: NOW,
    silentDaylightSeconds: 0,
    silentExpectedWh: 0,
    cadenceSeconds: 900,
    now: NOW,
    ...extra,
  };
}
const range = (from: number, to: number, value: number): Record<number, number> =>
  Object.fromEntries(Array.from({ length: to - from }, (_, i) => [from + i, value]));

describe('zero production', () => {
  it.each([
    ['a trip 10–13 h under a clear region', day(range(10, 13, 0), 1), [[10 * H, 13 * H, 3]]],
    ['a trip lasting past the data', day(range(15, 20, 0), 1), [[15 * H, null, 3]]],
    ['snow over the whole region (peers dark too)', day(range(6, 18, 0), 0.05), []],
    ['no peers: weather cannot be ruled out', day(range(10, 13, 0), null), []],
    ['dawn hours are below the high-expectation bar', day({ 6: 0 }, 1, { capacityW: 200_000 }), []],
    ['a healthy day', day({}, 1), []],
    [
      'a dark (snowy) hour in between neither ends nor extends a trip',
      day({ ...range(10, 16, 0) }, 1, {}, { 12: 0.05 }),
      [[10 * H, 16 * H, 5]],
    ],
  ])('%s', (_n, input, expected) => {
    const found = zeroProductionRule(input);
    expect(found.map((c) => [c.startAt, c.endAt, c.evidence.hours])).toEqual(expected);
    for (const c of found) {
      expect(c.severity).toBe('fault');
      expect(c.lostWh).toBeCloseTo(c.evidence.hours! * 5000);
    }
  });
});

describe('runs and windows', () => {
  it.each([
    ['a trip from the first bright hour may continue an older alert', range(6, 15, 0), true],
    ['a trip after healthy hours is a new one', range(12, 15, 0), false],
  ])('%s', (_n, ratios, leading) => {
    expect(zeroProductionRule(day(ratios, 1))[0]!.leading).toBe(leading);
  });

  it('counts lost energy only inside the window (earlier days are banked by the store)', () => {
    const [alert] = zeroProductionRule(day(range(10, 14, 0), 1, { windowStart: 12 * H }));
    expect(alert!.evidence.hours).toBe(4);
    expect(alert!.lostWh).toBeCloseTo(2 * 5000);
  });
});

describe('underperformance', () => {
  it.each([
    ['two hours at 60 %', day(range(9, 11, 0.6), 1), [[9 * H, 11 * H]]],
    ['one hour at 60 % is not enough', day(range(9, 10, 0.6), 1), []],
    [
      'the first and last daylight hours do not count',
      day({ ...range(6, 7, 0.5), ...range(16, 18, 0.5) }, 1),
      [],
    ],
    ['a regional overcast day', day(range(6, 18, 0.3), 0.3), []],
    ['the region is at 60 % and the site too: weather', day(range(8, 12, 0.6), 0.6), []],
    ['the region is at 70 % and the site at 35 %', day(range(8, 12, 0.35), 0.7), [[8 * H, 12 * H]]],
    ['no peers: never judged', day(range(9, 12, 0.5), null), []],
    ['a dead site belongs to zero production', day(range(9, 12, 0), 1), []],
  ])('%s', (_n, input, expected) => {
    const found = underperformanceRule(input);
    expect(found.map((c) => [c.startAt, c.endAt])).toEqual(expected);
    for (const c of found) expect(c.evidence.performanceIndex).toBeLessThan(0.8);
  });

  it('reports the energy lost against what the weather allowed', () => {
    const [alert] = underperformanceRule(day(range(8, 12, 0.35), 0.7));
    // 4 h × 5 kWh × 0.7 allowed − 4 h × 5 kWh × 0.35 produced
    expect(alert!.lostWh).toBeCloseTo(4 * 5000 * 0.35);
  });
});

describe('no data', () => {
  it.each([
    ['silent 2 h in daylight on a 15-minute gateway', 2 * H, 900, 1],
    ['silent 40 min: within cadence and lag', 40 * 60, 900, 0],
    ['a cellular gateway silent 5 h', 5 * H, 6 * H, 0],
    ['a cellular gateway silent 7 h', 7 * H, 6 * H, 1],
    ['silent all night (no daylight passed)', 0, 900, 0],
  ])('%s', (_n, silent, cadence, count) => {
    const found = noDataRule(
      day({}, 1, {
        silentDaylightSeconds: silent,
        cadenceSeconds: cadence,
        lastDataAt: 10 * H,
        silentExpectedWh: 1234,
      }),
    );
    expect(found).toHaveLength(count);
    if (count) {
      expect(found[0]!.startAt).toBe(10 * H);
      expect(found[0]!.lostWh).toBe(1234);
    }
  });

  it('a site that never reported is not silent', () => {
    expect(noDataRule(day({}, 1, { lastDataAt: null, silentDaylightSeconds: 9 * H }))).toEqual([]);
  });
});

describe('device fault', () => {
  it.each([
    ['normal', 'normal', 0],
    ['warning is not a device fault', 'warning', 0],
    ['fault', 'fault', 1],
  ] as const)('%s', (_n, status, count) => {
    expect(
      deviceFaultRule(day({}, 1, { status, statusDetail: 'Inverter 2 tripped' }), null),
    ).toHaveLength(count);
  });

  it('starts where the provider says the fault began, else when the app first sees it', () => {
    const since = NOW - 16 * 86_400;
    const told = deviceFaultRule(day({}, 1, { status: 'fault', statusSince: since }), null);
    expect(told[0]!.startAt).toBe(since);
    expect(deviceFaultRule(day({}, 1, { status: 'fault' }), null)[0]!.startAt).toBeNull();
  });

  it('counts lost energy from the start of the fault', () => {
    const input = day(range(6, 18, 2 / 3), 1, { status: 'fault' });
    const [alert] = deviceFaultRule(input, 12 * H);
    // 12–18 h: 6 hours of 5 kWh each at a third lost
    expect(alert!.lostWh).toBeCloseTo((6 * 5000) / 3);
    expect(lostWhSince(input, 12 * H + 1800)).toBeCloseTo((6 * 5000) / 3);
  });
});

describe('what each rule says', () => {
  const german = createWords(() => ({ language: 'de', formats: 'de-DE' }));
  it.each([
    [
      'zero production',
      zeroProductionRule(day(range(10, 13, 0), 1))[0]!.summary,
      { key: 'alert.zeroProduction', params: { site: 'Library', hours: 3, expectedKwh: 15 } },
      'Library produced nothing for 3 h while nearby sites produced (15 kWh expected).',
      'Library hat 3 h lang nichts erzeugt, während Anlagen in der Nähe Ertrag hatten (15 kWh erwartet).',
    ],
    [
      'underperformance',
      underperformanceRule(day(range(8, 12, 0.35), 0.7))[0]!.summary,
      { key: 'alert.underperformance', params: { site: 'Library', percent: 50, hours: 4 } },
      'Library produced 50 % of what nearby weather allowed for 4 h.',
      'Library hat 4 h lang 50 % dessen erzeugt, was das Wetter in der Umgebung zuließ.',
    ],
    [
      'no data',
      noDataRule(
        day({}, 1, { silentDaylightSeconds: 2.5 * H, cadenceSeconds: 900, lastDataAt: 10 * H }),
      )[0]!.summary,
      { key: 'alert.noData', params: { site: 'Library', hours: 2.5, minutes: 15 } },
      'Library has sent no data for 2.5 daylight hours (it normally reports every 15 minutes).',
      'Library hat seit 2,5 Tagesstunden keine Daten gesendet (meldet sonst alle 15 Minuten).',
    ],
    [
      'a device fault without the provider’s sentence',
      deviceFaultRule(day({}, 1, { status: 'fault' }), null)[0]!.summary,
      { key: 'alert.deviceFault', params: { site: 'Library' } },
      'Library reports a device fault.',
      'Library meldet eine Gerätestörung.',
    ],
    [
      'a device fault carries the provider’s status message',
      deviceFaultRule(
        day({}, 1, {
          status: 'fault',
          statusDetail: { key: 'status.enphase.power' },
        }),
        null,
      )[0]!.summary,
      { key: 'status.enphase.power' },
      'Enphase reports a production problem.',
      'Enphase meldet ein Problem mit der Erzeugung.',
    ],
  ])('%s', (_n, summary, message, english, germanText) => {
    expect(summary).toEqual(message);
    expect(sayStored(englishWords, summary)).toBe(english);
    expect(sayStored(german, summary)).toBe(germanText);
  });

  it('a device fault stored as text before messages keeps that text', () => {
    const [alert] = deviceFaultRule(
      day({}, 1, { status: 'fault', statusDetail: 'Inverter 2 tripped' }),
      null,
    );
    expect(alert!.summary).toBe('Inverter 2 tripped');
  });
});
