import { describe, expect, it } from 'vitest';
import { backoffCeiling, backoffDelay, defaultBackoff } from '../../../../electron/sync/backoff';

describe('backoff', () => {
  it.each([
    [1, 30],
    [2, 60],
    [3, 120],
    [4, 240],
    [7, 1920],
    [8, 3600],
    [50, 3600],
    [1e9, 3600],
    [0, 30],
    [-3, 30],
    [Number.NaN, 30],
  ])('after %s failures waits at most %i s', (failures, ceiling) => {
    expect(backoffCeiling(failures)).toBe(ceiling);
    expect(backoffDelay(failures, defaultBackoff, () => 1)).toBe(ceiling);
  });

  it.each([
    [0, 15],
    [0.5, 23],
    [0.999, 30],
  ])('with jitter 0.5, a draw of %s after the first failure waits %i s', (draw, seconds) => {
    expect(backoffDelay(1, defaultBackoff, () => draw)).toBe(seconds);
  });

  it('stays within [ceiling × (1 − jitter), ceiling] for any draw, even a broken random source', () => {
    for (const draw of [-5, 0, 0.1, 0.73, 1, 7, Number.NaN]) {
      for (let failures = 1; failures <= 12; failures++) {
        const ceiling = backoffCeiling(failures);
        const delay = backoffDelay(failures, defaultBackoff, () => draw);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
  });

  it.each([
    [{ baseSeconds: 10, maxSeconds: 100, jitter: 0 }, 4, 80],
    [{ baseSeconds: 10, maxSeconds: 100, jitter: 0 }, 5, 100],
    [{ baseSeconds: 10, maxSeconds: 100, jitter: 1 }, 3, 1],
    [{ baseSeconds: 0.2, maxSeconds: 100, jitter: 0 }, 1, 1],
  ])('honours policy %j: failure %i waits %i s (draw 0)', (policy, failures, seconds) => {
    expect(backoffDelay(failures, policy, () => 0)).toBe(seconds);
  });

  it('spreads sites that failed together over the whole jitter range', () => {
    let seed = 1;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const delays = new Set(
      Array.from({ length: 200 }, () => backoffDelay(6, defaultBackoff, random)),
    );
    expect(delays.size).toBeGreaterThan(100);
  });
});
