import { describe, expect, it } from 'vitest';
import { demoReasonOf, demoRefreshSeconds } from '../../../../electron/services/demo-state';

describe('demoReasonOf', () => {
  it.each([
    [{ forced: true, setting: false, hasConnections: true }, 'forced'],
    [{ forced: false, setting: true, hasConnections: true }, 'setting'],
    [{ forced: false, setting: false, hasConnections: false }, 'no_connections'],
    [{ forced: false, setting: true, hasConnections: false }, 'setting'],
    [{ forced: false, setting: false, hasConnections: true }, null],
  ] as const)('%j → %s', (input, reason) => {
    expect(demoReasonOf(input)).toBe(reason);
  });
});

describe('demoRefreshSeconds', () => {
  it.each([
    [1, 60],
    [15, 900],
    [60, 3600],
  ])('a %i-minute refresh interval refreshes the demo every %i s', (minutes, seconds) => {
    expect(demoRefreshSeconds({ refreshFloorMinutes: minutes })).toBe(seconds);
  });
});
