import { describe, expect, it } from 'vitest';
import { UPDATE_CHECK_INTERVAL_MS, updateModeOf } from '../../../../electron/update/policy';

const on = {
  kind: 'on',
  source: 'app-update.yml',
  feed: { provider: 'generic', url: 'https://u.example.com' },
} as const;

describe('updateModeOf', () => {
  it.each([
    { isPackaged: true, feed: on, expected: { on: true, feed: on } },
    { isPackaged: false, feed: on, expected: { on: false, reason: 'development build' } },
    {
      isPackaged: true,
      feed: { kind: 'off', reason: 'no update feed is configured' } as const,
      expected: { on: false, reason: 'no update feed is configured' },
    },
    {
      isPackaged: false,
      feed: { kind: 'off', reason: 'no update feed is configured' } as const,
      expected: { on: false, reason: 'development build' },
    },
  ])('packaged=$isPackaged, feed $feed.kind', ({ isPackaged, feed, expected }) => {
    expect(updateModeOf({ isPackaged, feed })).toEqual(expected);
  });

  it('checks every six hours', () => {
    expect(UPDATE_CHECK_INTERVAL_MS).toBe(6 * 3600 * 1000);
  });
});
