import { describe, expect, it } from 'vitest';
import { OAuthStateStore, STATE_TTL_SECONDS, statesEqual } from '../../../../electron/oauth/state';
import { ManualClock } from '../vault/fixtures';

describe('OAuthStateStore', () => {
  it('issues 32 random bytes as base64url, different every time', () => {
    const store = new OAuthStateStore(new ManualClock());
    const states = Array.from({ length: 50 }, () => store.issue());
    for (const state of states) {
      expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(Buffer.from(state, 'base64url')).toHaveLength(32);
    }
    expect(new Set(states).size).toBe(50);
  });

  it('redeems a state once: a replayed answer is refused', () => {
    const store = new OAuthStateStore(new ManualClock());
    const state = store.issue();
    expect(store.redeem(state)).toBe(state);
    expect(store.redeem(state)).toBeNull();
    expect(store.isLive(state)).toBe(true);
  });

  it('refuses a state that was never issued, and one that differs by a character', () => {
    const store = new OAuthStateStore(new ManualClock());
    const state = store.issue();
    const altered = `${state.slice(0, -1)}${state.endsWith('A') ? 'B' : 'A'}`;
    expect(store.redeem(altered)).toBeNull();
    expect(store.redeem('')).toBeNull();
    expect(store.redeem(`${state}x`)).toBeNull();
    expect(store.isWaiting(state)).toBe(true);
  });

  it.each([
    ['just before the 10 minutes', STATE_TTL_SECONDS - 1, true],
    ['at 10 minutes', STATE_TTL_SECONDS, false],
    ['an hour later', 3600, false],
  ])('a state redeemed %s is %s', (_label, elapsed, accepted) => {
    const clock = new ManualClock();
    const store = new OAuthStateStore(clock);
    const state = store.issue();
    clock.advance(elapsed);
    expect(store.redeem(state) !== null).toBe(accepted);
  });

  it('a redeemed state stops being live when it expires or is discarded (the re-check after await)', () => {
    const clock = new ManualClock();
    const store = new OAuthStateStore(clock);
    const expiring = store.issue();
    const cancelled = store.issue();
    store.redeem(expiring);
    store.redeem(cancelled);
    store.discard(cancelled);
    expect(store.isLive(cancelled)).toBe(false);
    expect(store.isLive(expiring)).toBe(true);
    clock.advance(STATE_TTL_SECONDS);
    expect(store.isLive(expiring)).toBe(false);
  });

  it('isWaiting does not use the state up, and says false once it is redeemed', () => {
    const store = new OAuthStateStore(new ManualClock());
    const state = store.issue();
    expect(store.isWaiting(state)).toBe(true);
    expect(store.isWaiting(state)).toBe(true);
    store.redeem(state);
    expect(store.isWaiting(state)).toBe(false);
  });

  it('forgets expired states instead of piling them up', () => {
    const clock = new ManualClock();
    const store = new OAuthStateStore(clock);
    for (let i = 0; i < 20; i += 1) store.issue();
    clock.advance(STATE_TTL_SECONDS);
    store.issue();
    expect(store.size).toBe(1);
  });

  it('compares by digest in constant time: equal strings match, any difference does not', () => {
    expect(statesEqual('abc', 'abc')).toBe(true);
    expect(statesEqual('abc', 'abd')).toBe(false);
    expect(statesEqual('abc', 'abcd')).toBe(false);
    expect(statesEqual('', '')).toBe(true);
  });
});
