import { describe, expect, it } from 'vitest';
import {
  GateClosedError,
  GATE_WINDOW_SECONDS,
  MinuteGate,
} from '../../../../electron/sync/minute-gate';
import { FakeClock, FakeTimers } from './fixtures';

/** A gate on a hand-moved clock, with a helper that lets time pass until the next wake-up. */
function rig(perMinute: number) {
  const clock = new FakeClock(1_000_000);
  const timers = new FakeTimers();
  const gate = new MinuteGate({ clock, timers, perMinute: () => perMinute });
  const leftAt: number[] = [];
  const ask = (count: number) =>
    Array.from({ length: count }, () => gate.acquire().then(() => leftAt.push(clock.now())));
  /** Moves the clock to the pending wake-up and fires it. */
  const wake = async () => {
    const [timer] = [...timers.pending.values()];
    if (!timer) throw new Error('nothing is waiting');
    clock.advance(timer.ms / 1000);
    timers.fireAll();
    await Promise.resolve();
  };
  return { clock, timers, gate, leftAt, ask, wake };
}

const flush = () => new Promise((resolve) => setImmediate(resolve));

describe('MinuteGate', () => {
  it('lets the allowance through at once and makes the rest wait, in order, never failing', async () => {
    const { gate, leftAt, ask, wake, timers } = rig(5);
    const all = Promise.all(ask(12));
    await flush();
    expect(leftAt).toHaveLength(5);
    expect(gate.waiting).toBe(7);
    expect([...timers.pending.values()][0]?.ms).toBe(GATE_WINDOW_SECONDS * 1000);
    await wake();
    await flush();
    expect(leftAt).toHaveLength(10);
    await wake();
    await all;
    expect(leftAt).toHaveLength(12);
    // No window of 61 s ever saw more than 5 requests.
    for (const at of leftAt) {
      expect(
        leftAt.filter((t) => t > at - GATE_WINDOW_SECONDS && t <= at).length,
      ).toBeLessThanOrEqual(5);
    }
  });

  it('spreads a steady trickle without waiting when it stays under the allowance', async () => {
    const { clock, leftAt, ask, timers } = rig(2);
    for (let i = 0; i < 6; i++) {
      await Promise.all(ask(1));
      clock.advance(31);
    }
    expect(leftAt).toHaveLength(6);
    expect(timers.pending.size).toBe(0);
  });

  it('holds every request until the instant a 429 named', async () => {
    const { clock, gate, leftAt, ask, wake } = rig(50);
    gate.holdUntil(clock.now() + 42);
    expect(gate.waitSeconds()).toBe(42);
    const all = Promise.all(ask(3));
    await flush();
    expect(leftAt).toEqual([]);
    await wake();
    await all;
    expect(leftAt).toEqual([1_000_042, 1_000_042, 1_000_042]);
  });

  it('a clock set back 6 hours after a 429 holds requests no longer than the 429 asked', async () => {
    const { clock, gate, leftAt, ask, wake } = rig(50);
    gate.holdUntil(clock.now() + 42);
    clock.advance(10);
    clock.advance(-6 * 3600);
    expect(gate.waitSeconds()).toBeLessThanOrEqual(42);
    expect(gate.waitSeconds()).toBeGreaterThan(0);
    const all = Promise.all(ask(2));
    await flush();
    expect(leftAt).toEqual([]);
    await wake();
    await all;
    expect(leftAt).toHaveLength(2);
    expect(leftAt[0]! - clock.now()).toBe(0);
    expect(clock.now()).toBeLessThan(1_000_000);
  });

  it('follows a changed allowance at the next decision', async () => {
    let perMinute = 1;
    const clock = new FakeClock(0 + 1_000_000);
    const timers = new FakeTimers();
    const gate = new MinuteGate({ clock, timers, perMinute: () => perMinute });
    await gate.acquire();
    expect(gate.waitSeconds()).toBe(GATE_WINDOW_SECONDS);
    perMinute = 10;
    expect(gate.waitSeconds()).toBe(0);
  });

  it('refuses waiting and new requests once closed (the app is stopping)', async () => {
    const { gate, ask, timers } = rig(1);
    const requests = ask(2);
    await requests[0];
    gate.close();
    await expect(requests[1]).rejects.toThrow(GateClosedError);
    await expect(gate.acquire()).rejects.toThrow(GateClosedError);
    expect(timers.pending.size).toBe(0);
  });
});
