/** The credit gate every SolarEdge connection shares: minute pacing passed on, the month held. */
import { describe, expect, it } from 'vitest';
import { SolarEdgeCreditGate } from '../../../../../electron/providers/solaredge/credit-gate';
import { ManualClock } from '../../vault/fixtures';

function rig() {
  const clock = new ManualClock(1_000);
  const minute = { acquired: 0, heldUntil: 0 };
  const gate = new SolarEdgeCreditGate(
    {
      acquire: () => {
        minute.acquired += 1;
        return Promise.resolve();
      },
      holdUntil: (instant) => {
        minute.heldUntil = instant;
      },
    },
    clock,
  );
  return { clock, minute, gate };
}

describe('SolarEdgeCreditGate', () => {
  it('paces through the minute pacer and passes a per-minute 429 on to it', async () => {
    const { minute, gate } = rig();
    await gate.acquire();
    gate.holdUntil(1_060);
    expect(minute).toEqual({ acquired: 1, heldUntil: 1_060 });
    expect(gate.monthHeldUntil()).toBeNull();
  });

  it('holds the month until it turns, tells its listeners once, and lets go after', () => {
    const { clock, gate } = rig();
    let told = 0;
    gate.onMonthHeld(() => (told += 1));
    gate.holdMonth(5_000);
    gate.holdMonth(4_000);
    expect(gate.monthHeldUntil()).toBe(5_000);
    expect(told).toBe(1);
    clock.seconds = 5_000;
    expect(gate.monthHeldUntil()).toBeNull();
  });
});
