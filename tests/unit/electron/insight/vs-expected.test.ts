import { describe, expect, it } from 'vitest';
import { startOfLocalDay } from '../../../../shared/time';
import { expectedWhBetween } from '../../../../electron/insight/expected';
import { MIN_EXPECTED_WH_PER_W, vsExpected } from '../../../../electron/insight/vs-expected';
import { germanWords } from '../../../harness/german-words';

const site = { latitude: 52.5, longitude: 13.4, capacityW: 100_000, timeZone: 'Europe/Berlin' };
const localDate = '2026-06-15';
const dayStart = startOfLocalDay(localDate, site.timeZone);
const at = (hh: number, mm = 0) => dayStart + hh * 3600 + mm * 60;
const ratio = 0.8;
const expectedBy = (t: number) => expectedWhBetween(site, dayStart, t, ratio);

describe('vsExpected', () => {
  it('divides today so far by the clear-sky expectation up to the newest reading', () => {
    const noon = at(12);
    const half = expectedBy(noon) / 2;
    const result = vsExpected({
      site,
      localDate,
      todayWh: half,
      lastIntervalAt: noon,
      performanceRatio: ratio,
    });
    expect(result.index).toBeCloseTo(0.5, 6);
    expect(result.expectedWh).toBeCloseTo(expectedBy(noon), 6);
    expect(result.reason).toBeNull();
  });

  it('cuts the expectation at the newest reading: a late upload is not a loss', () => {
    const reading = at(11);
    const result = vsExpected({
      site,
      localDate,
      todayWh: expectedBy(reading),
      lastIntervalAt: reading,
      performanceRatio: ratio,
    });
    expect(result.index).toBeCloseTo(1, 6);
  });

  it('a tripped site producing nothing reads 0, not unknown', () => {
    const result = vsExpected({
      site,
      localDate,
      todayWh: 0,
      lastIntervalAt: at(14),
      performanceRatio: ratio,
    });
    expect(result.index).toBe(0);
  });

  it.each([
    {
      name: 'no reading today',
      input: { lastIntervalAt: null },
      reason: 'No power readings today yet.',
      german: 'Heute noch keine Leistungswerte.',
    },
    {
      name: 'the newest reading is from yesterday',
      input: { lastIntervalAt: dayStart - 300 },
      reason: 'No power readings today yet.',
      german: 'Heute noch keine Leistungswerte.',
    },
    {
      name: 'capacity unknown',
      input: { site: { ...site, capacityW: 0 } },
      reason: 'The site’s capacity is unknown.',
      german: 'Die installierte Leistung der Anlage ist unbekannt.',
    },
    {
      name: 'no ratio',
      input: { performanceRatio: 0 },
      reason: 'No performance ratio is known for this site.',
      german: 'Für diese Anlage ist noch keine Performance Ratio bekannt.',
    },
    {
      name: 'before sunrise (nothing expected yet)',
      input: { lastIntervalAt: at(3) },
      reason: 'Too little sun expected by 03:00 to compare.',
      german: 'Bis 03:00 wird zu wenig Sonne erwartet, um zu vergleichen.',
    },
  ])('no figure when $name, and why in English or German', ({ input, reason, german }) => {
    const day = {
      site,
      localDate,
      todayWh: 1_000,
      lastIntervalAt: at(12),
      performanceRatio: ratio,
      ...input,
    };
    expect(vsExpected(day)).toEqual({ index: null, expectedWh: null, reason });
    expect(vsExpected({ ...day, words: germanWords }).reason).toBe(german);
  });

  it('no figure while the expectation is below the threshold, a figure just after', () => {
    let t = at(4);
    while (expectedBy(t) < MIN_EXPECTED_WH_PER_W * site.capacityW) t += 300;
    const input = { site, localDate, todayWh: 1_000, performanceRatio: ratio };
    expect(vsExpected({ ...input, lastIntervalAt: t - 300 }).index).toBeNull();
    expect(vsExpected({ ...input, lastIntervalAt: t }).index).not.toBeNull();
  });
});
