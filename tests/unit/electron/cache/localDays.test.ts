import { describe, expect, it } from 'vitest';
import {
  dayOfInterval,
  daysTouched,
  decodeCurve,
  encodeCurve,
  hourIndex,
  hourSlots,
  LocalDayCache,
  spanOfDate,
} from '../../../../electron/cache/localDays';
import { startOfLocalDay } from '../../../../shared/time';

const utc = (iso: string) => Date.parse(iso) / 1000;

describe('the local day an interval belongs to', () => {
  it.each([
    // [zone, interval end (UTC), local day]
    ['America/New_York', '2024-03-10T05:00:00Z', '2024-03-09'], // ends at local midnight: day before
    ['America/New_York', '2024-03-10T05:05:00Z', '2024-03-10'], // first interval of the day
    ['America/New_York', '2024-03-11T04:00:00Z', '2024-03-10'], // last interval of a 23-hour day
    ['America/New_York', '2024-11-04T05:00:00Z', '2024-11-03'], // last interval of a 25-hour day
    ['Europe/Berlin', '2024-03-30T23:00:00Z', '2024-03-30'],
    ['Europe/Berlin', '2024-03-30T23:05:00Z', '2024-03-31'],
    ['Europe/Berlin', '2024-10-27T22:55:00Z', '2024-10-27'],
    ['Australia/Sydney', '2024-10-05T14:00:00Z', '2024-10-05'],
    ['Australia/Sydney', '2024-10-05T14:15:00Z', '2024-10-06'],
    ['Asia/Kolkata', '2024-06-01T18:30:00Z', '2024-06-01'],
    ['Asia/Kolkata', '2024-06-01T18:35:00Z', '2024-06-02'],
  ])('%s: an interval ending %s is part of %s', (zone, end, date) => {
    expect(dayOfInterval(utc(end), zone).date).toBe(date);
  });
});

describe('day spans and hour slots', () => {
  it.each([
    ['America/New_York', '2024-03-10', 23],
    ['America/New_York', '2024-11-03', 25],
    ['America/New_York', '2024-06-01', 24],
    ['Europe/Berlin', '2024-03-31', 23],
    ['Europe/Berlin', '2024-10-27', 25],
    ['Australia/Sydney', '2024-10-06', 23],
    ['Australia/Sydney', '2024-04-07', 25],
    ['Australia/Lord_Howe', '2024-10-06', 24], // 23.5 hours: the last slot is half an hour
  ])('%s %s has %i hour slots', (zone, date, slots) => {
    expect(hourSlots(spanOfDate(date, zone))).toBe(slots);
  });

  it('counts hours elapsed since local midnight, so the repeated hour of a fall-back day is its own slot', () => {
    const start = startOfLocalDay('2024-11-03', 'America/New_York');
    expect(hourIndex(start + 300, start)).toBe(0);
    expect(hourIndex(start + 3600, start)).toBe(0);
    expect(hourIndex(start + 3600 + 300, start)).toBe(1); // 01:05 EDT
    expect(hourIndex(start + 2 * 3600 + 300, start)).toBe(2); // 01:05 EST, the hour again
    expect(hourIndex(start + 25 * 3600, start)).toBe(24);
  });
});

describe('daysTouched', () => {
  it('lists each day holding an interval once, and skips empty days between them', () => {
    const zone = 'Europe/Berlin';
    const a = startOfLocalDay('2024-03-30', zone);
    const c = startOfLocalDay('2024-04-02', zone);
    const days = daysTouched(
      [{ endAt: a + 300 }, { endAt: a + 600 }, { endAt: c + 300 }, { endAt: c + 900 }],
      zone,
    );
    expect(days.map((d) => d.date)).toEqual(['2024-03-30', '2024-04-02']);
  });

  it('returns nothing for no intervals', () => {
    expect(daysTouched([], 'UTC')).toEqual([]);
  });
});

describe('LocalDayCache', () => {
  it('answers like the uncached lookup across a DST change and reuses its spans', () => {
    const cache = new LocalDayCache();
    const zone = 'America/New_York';
    const start = startOfLocalDay('2024-03-08', zone);
    for (let at = start; at < start + 5 * 86_400; at += 1_800) {
      expect(cache.dayOfInterval(at + 1, zone)).toEqual(dayOfInterval(at + 1, zone));
    }
    expect(cache.dayContaining(start + 10, zone)).toBe(cache.dayContaining(start + 20, zone));
  });

  it('stays correct after it fills up and starts over', () => {
    const cache = new LocalDayCache(3);
    const zone = 'Europe/Berlin';
    for (const date of ['2024-01-01', '2024-02-01', '2024-03-01', '2024-03-31', '2024-01-01']) {
      expect(cache.dayContaining(startOfLocalDay(date, zone) + 3600, zone).date).toBe(date);
    }
  });
});

describe('stored hourly curves', () => {
  it.each([
    [[], 24],
    [[1.5, 0, 3000.25], 3],
    [[1, 2, 3], 5], // a shorter stored curve reads with zeros after it
    [[1, 2, 3, 4], 2], // a longer one is cut to the day's slots
  ])('round-trips %j into %i slots', (curve, slots) => {
    const decoded = decodeCurve(encodeCurve(curve), slots);
    expect(decoded).toHaveLength(slots);
    expect(decoded.slice(0, Math.min(slots, curve.length))).toEqual(curve.slice(0, slots));
    expect(decoded.slice(curve.length).every((v) => v === 0)).toBe(true);
  });

  it('reads a missing curve as zeros', () => {
    expect(decodeCurve(null, 23)).toEqual(new Array(23).fill(0));
  });
});
