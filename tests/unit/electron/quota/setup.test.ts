import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../../electron/config';
import { silentLogger } from '../../../../electron/ports';
import { createQuotaLeases, enphaseGateFor } from '../../../../electron/quota/setup';
import { LeaseReportingGate } from '../../../../electron/quota/reporting-gate';
import { MinuteGate } from '../../../../electron/sync/minute-gate';

const store = () => {
  const data = new Map<string, unknown>();
  return {
    get: <T>(key: string) => data.get(key) as T | undefined,
    set: (key: string, value: unknown) => void data.set(key, value),
    delete: (key: string) => void data.delete(key),
  };
};
const clock = { now: () => 1_780_272_000 };
const setup = (env: Record<string, string>, enabled = true) =>
  createQuotaLeases({
    enabled,
    config: loadConfig(env),
    store: store(),
    clock,
    log: silentLogger,
    enphaseSites: () => ({ sites: 3, connections: 1 }),
  });

describe('createQuotaLeases', () => {
  it('follows the relay’s lease unless the operator fixed a share or leases are off', () => {
    expect(setup({})).not.toBeNull();
    expect(setup({ ENPHASE_SHARE_PERCENT: '30' })).toBeNull();
    expect(setup({}, false)).toBeNull();
  });
});

describe('enphaseGateFor', () => {
  it('reports every 429 the gate is held for to the lease client', () => {
    const leases = setup({});
    expect(leases).not.toBeNull();
    let reported = 0;
    const gate = enphaseGateFor(
      { report429: () => (reported += 1) } as unknown as NonNullable<typeof leases>,
      { clock, perMinute: () => 5 },
    );
    expect(gate).toBeInstanceOf(LeaseReportingGate);
    gate.holdUntil(clock.now() + 60);
    expect(reported).toBe(1);
    expect(gate.waitSeconds()).toBe(60);
    expect(enphaseGateFor(null, { clock, perMinute: () => 5 })).toBeInstanceOf(MinuteGate);
  });
});
