import { describe, expect, it } from 'vitest';
import {
  admitsInstallation,
  computeLease,
  quotaMonthOf,
  refundOf,
  renewAtOf,
  shrinkFactor,
  type LeaseAsk,
  type LeaseSnapshot,
  type StoredLease,
} from '../../../../relay/quota/lease';
import { defaultLeasePolicy } from '../../../../relay/quota/config';

const kilowatt = { perMinute: 50, perMonth: 50_000 };
// The relay's defaults: an hour's lease, 5 % margin, 10 % backfill reserve, 30 calls per new site.
const policy = defaultLeasePolicy;
// 2026-06-01T00:00:00Z: a 30-day month starts, so the daily pool is the month / 30.
const JUNE = 1_780_272_000;
const monthPool = 50_000 * 0.95;

/** The lease for `ask` computed from a snapshot with `over` changed, on Kilowatt. */
function decide(over: Partial<LeaseSnapshot>, ask: LeaseAsk) {
  return computeLease(kilowatt, policy, snapshot(over), ask);
}

function snapshot(over: Partial<LeaseSnapshot> = {}): LeaseSnapshot {
  return {
    now: JUNE,
    monthCommitted: 0,
    othersWeight: 0,
    othersNewSites: 0,
    recentReports: 0,
    previous: null,
    ...over,
  };
}

function settled(sites: number, over: Partial<StoredLease> = {}): StoredLease {
  // A lease from yesterday whose sites are no longer new.
  return {
    sites,
    weight: sites,
    newSites: 0,
    newSitesSince: JUNE - 2 * 86_400,
    perDay: 100,
    perMinute: 2,
    issuedAt: JUNE - 1800,
    expiresAt: JUNE + 1800,
    month: JUNE,
    ...over,
  };
}

describe('quotaMonthOf', () => {
  it.each([
    ['mid-month', JUNE + 10 * 86_400, JUNE, JUNE + 30 * 86_400],
    ['the first second', JUNE, JUNE, JUNE + 30 * 86_400],
    ['the last second of May', JUNE - 1, JUNE - 31 * 86_400, JUNE],
  ])('%s', (_name, now, start, end) => {
    expect(quotaMonthOf(now)).toEqual({ start, end });
  });
});

describe('shrinkFactor', () => {
  it.each([
    [0, 1],
    [1, 0.8],
    [2, 0.64],
    [3, 0.512],
    [4, 0.5],
    [40, 0.5],
  ])('%i recent reports leave %f of the plan', (reports, factor) => {
    expect(shrinkFactor(policy, reports)).toBeCloseTo(factor, 6);
  });
});

describe('refundOf', () => {
  const previous = settled(10, { perDay: 240, issuedAt: JUNE, expiresAt: JUNE + 3600 });
  it.each([
    ['renewed half-way: half the hour comes back', JUNE + 1800, 5],
    ['renewed as it ends: nothing', JUNE + 3600, 0],
    ['renewed after it ended: nothing', JUNE + 7200, 0],
  ])('%s', (_name, now, refund) => {
    expect(refundOf(previous, now, JUNE)).toBeCloseTo(refund, 6);
  });
  it('gives nothing back to a month that is over', () => {
    expect(refundOf(previous, JUNE + 1800, JUNE + 30 * 86_400)).toBe(0);
  });
});

describe('computeLease', () => {
  const steadyDaily = (monthPool / 30) * 0.9;

  it.each([
    // name, sites, others' weight, expected calls, the grant per day (steady part only)
    ['alone: the whole steady pool', 40, 0, 1e6, steadyDaily],
    ['one of two equal installations: half', 40, 40, 1e6, steadyDaily / 2],
    ['10 of 100 sites: a tenth', 10, 90, 1e6, steadyDaily / 10],
    ['needs less than its share: only what it needs', 10, 90, 20, 20],
    ['no sites: nothing', 0, 90, 1e6, 0],
  ])('%s', (_name, sites, othersWeight, expectedCalls, perDay) => {
    const decision = decide(
      { othersWeight, previous: settled(sites) },
      { activeSites: sites, expectedCalls },
    );
    expect(decision.lease.perDay).toBeCloseTo(perDay, 2);
    expect(decision.lease.expiresAt - decision.lease.issuedAt).toBe(3600);
  });

  it('hands back the weight it does not need, so the level of the others can rise', () => {
    const decision = decide(
      { othersWeight: 90, previous: settled(10) },
      { activeSites: 10, expectedCalls: 20 },
    );
    const level = steadyDaily / 100;
    expect(decision.lease.weight).toBeCloseTo(20 / level, 6);
    expect(decision.lease.weight).toBeLessThan(10);
  });

  it('pays a first lease a backfill from the reserve, split by new sites', () => {
    const reserve = (monthPool / 30) * 0.1;
    const decision = decide(
      { othersWeight: 60, othersNewSites: 60 },
      {
        activeSites: 40,
        expectedCalls: 1e6,
      },
    );
    expect(decision.lease.newSites).toBe(40);
    expect(decision.lease.perDay).toBeCloseTo(steadyDaily * 0.4 + reserve * 0.4, 2);
  });

  it('keeps a first lease short, so a herd of newcomers is re-split soon', () => {
    const first = decide(
      {},
      {
        activeSites: 4,
        expectedCalls: 1e6,
      },
    );
    expect(first.lease.expiresAt - first.lease.issuedAt).toBe(900);
    expect(first.charge).toBeCloseTo(first.lease.perDay / 96, 6);
  });

  it('caps a backfill at what the new sites need', () => {
    const decision = decide(
      { previous: settled(10) },
      {
        activeSites: 12,
        expectedCalls: 1e6,
      },
    );
    expect(decision.lease.newSites).toBe(2);
    expect(decision.lease.perDay).toBeCloseTo(steadyDaily + 2 * 30, 2);
  });

  it('stops paying the backfill a day after the sites came', () => {
    const previous = settled(12, { newSites: 2, newSitesSince: JUNE - 86_400 });
    const decision = decide(
      { previous },
      {
        activeSites: 12,
        expectedCalls: 1e6,
      },
    );
    expect(decision.lease.newSites).toBe(0);
    expect(decision.lease.perDay).toBeCloseTo(steadyDaily, 2);
  });

  it('spreads what the month has left over the days left', () => {
    // Ten days before the end with 40,000 of 47,500 committed: 7,500 over 10 days.
    const decision = decide(
      { now: JUNE + 20 * 86_400, monthCommitted: 40_000, previous: null },
      { activeSites: 0, expectedCalls: 0 },
    );
    expect(decision.lease.perDay).toBe(0);
    const alone = decide(
      {
        now: JUNE + 20 * 86_400,
        monthCommitted: 40_000,
        previous: settled(5, { newSitesSince: JUNE }),
      },
      { activeSites: 5, expectedCalls: 1e6 },
    );
    expect(alone.lease.perDay).toBeCloseTo(750 * 0.9, 2);
  });

  it('grants nothing once the month is committed, and the minimum per-minute rate', () => {
    const decision = decide(
      { monthCommitted: 60_000, previous: settled(5) },
      { activeSites: 5, expectedCalls: 100 },
    );
    expect(decision.lease.perDay).toBe(0);
    expect(decision.lease.perMinute).toBe(1);
  });

  it('shrinks every grant after 429 reports', () => {
    const ask = { activeSites: 40, expectedCalls: 1e6 };
    const before = decide({ previous: settled(40) }, ask);
    const after = decide({ recentReports: 1, previous: settled(40) }, ask);
    expect(after.lease.perDay).toBeCloseTo(before.lease.perDay * 0.8, 1);
    expect(after.lease.perMinute).toBeLessThan(before.lease.perMinute);
  });

  it('splits the per-minute rate like the daily one', () => {
    const alone = decide(
      { previous: settled(40) },
      {
        activeSites: 40,
        expectedCalls: 1e6,
      },
    );
    // The steady part is 90 % of the pool: 90 % of 47.5 per minute.
    expect(alone.lease.perMinute).toBe(42);
    const tenth = decide(
      { othersWeight: 360, previous: settled(40) },
      { activeSites: 40, expectedCalls: 1e6 },
    );
    expect(tenth.lease.perMinute).toBe(4);
  });

  it('counts a claim of more sites than allowed as the allowed number', () => {
    const decision = decide(
      { othersWeight: 5_000, previous: settled(5_000) },
      { activeSites: 1_000_000, expectedCalls: 1e9 },
    );
    expect(decision.lease.sites).toBe(5_000);
    expect(decision.lease.perDay).toBeCloseTo(steadyDaily / 2, 2);
  });

  it('charges the month for the whole hour and refunds the rest of the lease it replaces', () => {
    const previous = settled(40, { perDay: 480, issuedAt: JUNE - 600, expiresAt: JUNE + 3000 });
    const decision = decide(
      { previous, monthCommitted: 20 },
      {
        activeSites: 40,
        expectedCalls: 1e6,
      },
    );
    expect(decision.refund).toBeCloseTo((480 * 3000) / 86_400, 6);
    expect(decision.charge).toBeCloseTo(decision.lease.perDay / 24, 6);
  });
});

describe('renewAtOf', () => {
  it('renews in the last sixth of the lease', () => {
    expect(renewAtOf({ issuedAt: 1000, expiresAt: 4600 })).toBe(4000);
  });
});

describe('admitsInstallation', () => {
  it.each([
    [false, 0, 3, true],
    [false, 2, 3, true],
    [false, 3, 3, false],
    [true, 3, 3, true],
  ])('known %s, %i on the address, at most %i: %s', (known, count, max, admitted) => {
    expect(admitsInstallation(known, count, max)).toBe(admitted);
  });
});
