import { describe, expect, it } from 'vitest';
import { expectedWhBetween } from '../../../../electron/insight/expected';
import { ExpectedSoFar } from '../../../../electron/insight/expected-so-far';

const site = { latitude: 52.5, longitude: 13.4, capacityW: 48_000 };
/** Midnight UTC, 17 June 2026: Berlin's day starts two hours earlier. */
const dayStart = Date.UTC(2026, 5, 16, 22) / 1000;

describe('ExpectedSoFar', () => {
  it('answers exactly what expectedWhBetween does, as the day moves on in uneven steps', () => {
    const memo = new ExpectedSoFar();
    // Instants on and off the 5-minute grid, moving forward as uploads arrive.
    for (const hours of [0, 0.1, 6, 6.02, 6.5, 9.999, 12, 12, 14.25, 23.9, 24]) {
      const to = dayStart + Math.round(hours * 3600);
      expect(memo.whBetween(site, dayStart, to, 0.83)).toBe(
        expectedWhBetween(site, dayStart, to, 0.83),
      );
    }
  });

  it('starts over when an earlier instant is asked or the ratio changes', () => {
    const memo = new ExpectedSoFar();
    const noon = dayStart + 14 * 3600;
    const morning = dayStart + 9 * 3600;
    memo.whBetween(site, dayStart, noon, 0.8);
    expect(memo.whBetween(site, dayStart, morning, 0.8)).toBe(
      expectedWhBetween(site, dayStart, morning, 0.8),
    );
    expect(memo.whBetween(site, dayStart, noon, 0.7)).toBe(
      expectedWhBetween(site, dayStart, noon, 0.7),
    );
  });

  it('keeps sites and days apart', () => {
    const memo = new ExpectedSoFar();
    const other = { ...site, latitude: -33.9, longitude: 151.2 };
    const to = dayStart + 12 * 3600;
    memo.whBetween(site, dayStart, to, 0.8);
    expect(memo.whBetween(other, dayStart, to, 0.8)).toBe(
      expectedWhBetween(other, dayStart, to, 0.8),
    );
    const nextDay = dayStart + 86_400;
    expect(memo.whBetween(site, nextDay, nextDay + 12 * 3600, 0.8)).toBe(
      expectedWhBetween(site, nextDay, nextDay + 12 * 3600, 0.8),
    );
  });
});
