import { describe, expect, it } from 'vitest';
import { rebaseWait } from '../../../electron/wall-wait';

describe('rebaseWait', () => {
  it.each([
    ['the clock moved on', { from: 100, until: 160 }, 130, { from: 100, until: 160 }],
    ['the clock stood still', { from: 100, until: 160 }, 100, { from: 100, until: 160 }],
    [
      'the clock went back 6 h',
      { from: 100_000, until: 100_060 },
      78_400,
      { from: 78_400, until: 78_460 },
    ],
    ['the clock went back past the end', { from: 100, until: 130 }, 50, { from: 50, until: 80 }],
  ])('%s', (_name, wait, now, expected) => {
    expect(rebaseWait(wait, now)).toEqual(expected);
  });

  it('never lets a wait outlast what was asked, however far the clock goes back', () => {
    const wait = { from: 1_000_000, until: 1_000_042 };
    for (const back of [1, 60, 3600, 6 * 3600, 365 * 86_400]) {
      const now = wait.from - back;
      expect(rebaseWait(wait, now).until - now).toBe(42);
    }
  });
});
