import { describe, expect, it } from 'vitest';
import {
  emptyDayCursor,
  emptyDayValue,
  OLDER_EMPTY_SECONDS,
  RECENT_EMPTY_SECONDS,
  stillEmpty,
} from '../../../../electron/sync/empty-days';

const now = 1_780_000_000;

describe('empty-day memory', () => {
  it.each([
    ['today', '2026-06-10', RECENT_EMPTY_SECONDS],
    ['yesterday', '2026-06-09', RECENT_EMPTY_SECONDS],
    ['the day before', '2026-06-08', OLDER_EMPTY_SECONDS],
    ['a year back', '2025-06-10', OLDER_EMPTY_SECONDS],
  ])('%s is believed empty for %s… seconds', (_name, date, seconds) => {
    expect(emptyDayValue(date, '2026-06-10', now)).toBe(String(now + seconds));
  });

  it.each([
    [null, false],
    [String(now + 1), true],
    [String(now), false],
    ['garbage', false],
  ])('stored %s at now → still empty: %s', (value, expected) => {
    expect(stillEmpty(value, now)).toBe(expected);
  });

  it('keeps one cursor per day', () => {
    expect(emptyDayCursor('2026-06-10')).toBe('empty-day:2026-06-10');
  });
});
