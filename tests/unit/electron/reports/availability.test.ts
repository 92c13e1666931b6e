import { getTimes } from 'suncalc';
import { describe, expect, it } from 'vitest';
import { availabilityOf, SLOT_SECONDS } from '../../../../electron/reports/availability';

const berlin = { latitude: 52.52, longitude: 13.4 };
// 2026-06-21 00:00 CEST = 2026-06-20T22:00Z; a whole summer day in Berlin.
const dayStart = Date.UTC(2026, 5, 20, 22) / 1000;
const dayEnd = dayStart + 24 * 3600;

/** Every 5-minute interval end of the day, except those in [gapFrom, gapTo). */
function ends(gapFrom = 0, gapTo = 0): number[] {
  const out = [];
  for (let t = dayStart + 300; t <= dayEnd; t += 300) if (t <= gapFrom || t > gapTo) out.push(t);
  return out;
}

describe('availabilityOf', () => {
  it('is complete when every daylight slot has data, and counts only daylight', () => {
    const result = availabilityOf(berlin, ends(), dayStart, dayEnd)!;
    expect(result.share).toBe(1);
    const times = getTimes(
      new Date((dayStart + 12 * 3600) * 1000),
      berlin.latitude,
      berlin.longitude,
    );
    const daylightHours = (times.sunset!.getTime() - times.sunrise!.getTime()) / 3.6e6;
    // About 16.7 h of June daylight in Berlin, in 15-minute slots (±1 at each end).
    expect(
      Math.abs(result.daylightSlots - (daylightHours * 3600) / SLOT_SECONDS),
    ).toBeLessThanOrEqual(2);
  });

  it('loses exactly the slots of a two-hour midday outage', () => {
    const noon = dayStart + 13 * 3600;
    const full = availabilityOf(berlin, ends(), dayStart, dayEnd)!;
    const gap = availabilityOf(berlin, ends(noon, noon + 2 * 3600), dayStart, dayEnd)!;
    expect(full.coveredSlots - gap.coveredSlots).toBe(8);
    expect(gap.share).toBeCloseTo(gap.coveredSlots / gap.daylightSlots, 12);
  });

  it('ignores a night-time gap, and judges only from the first interval on', () => {
    const nightGap = availabilityOf(berlin, ends(dayStart, dayStart + 3 * 3600), dayStart, dayEnd)!;
    expect(nightGap.share).toBe(1);
    const lateStart = ends().filter((t) => t > dayStart + 14 * 3600);
    expect(availabilityOf(berlin, lateStart, dayStart, dayEnd)!.share).toBe(1);
  });

  it('says nothing without intervals, or without daylight (polar night)', () => {
    expect(availabilityOf(berlin, [], dayStart, dayEnd)).toBeNull();
    const decemberTromso = Date.UTC(2026, 11, 21) / 1000;
    const polar = [decemberTromso + 300, decemberTromso + 600];
    expect(
      availabilityOf(
        { latitude: 69.65, longitude: 18.96 },
        polar,
        decemberTromso,
        decemberTromso + 3600,
      ),
    ).toBeNull();
  });
});
