/**
 * Builds the quota of every metered provider for the core (electron/core.ts): Enphase's share
 * of the application's requests (with the relay's leases), SolarEdge's credits, Tesla's money
 * (the spending limit in Settings). A new metered provider adds its entry here; the core only
 * sees the QuotaBook.
 */
import type { Settings } from '../../shared/domain';
import type { CacheStore } from '../cache/types';
import type { AppConfig } from '../config';
import type { Words } from '../i18n/words';
import { countConnected } from '../connections/count';
import type { Clock, KeyValueStore, Logger } from '../ports';
import { EnphaseBudgetSource } from '../providers/enphase/budget-source';
import { createSolarEdgeCredits } from '../providers/solaredge/setup';
import { TeslaBudgetSource } from '../providers/tesla/budget-source';
import { MinuteGate } from '../sync/minute-gate';
import type { ConnectionRecords } from '../vault/records';
import { QuotaBook } from './book';
import type { QuotaLeaseClient } from './lease-client';
import { createQuotaLeases, enphaseGateFor } from './setup';

/** What the metered providers need from the core. */
export interface MeteredSetup {
  /** Ask the relay for a share of Enphase's quota (the app; off in most tests). */
  quotaLeases: boolean;
  config: AppConfig;
  store: KeyValueStore;
  fetch?: typeof fetch;
  cache: CacheStore;
  clock: Clock;
  log: Logger;
  records: Pick<ConnectionRecords, 'all'>;
  settings: () => Settings;
  /** The refresh interval of providers that meter nothing (the demo). */
  unmeteredInterval: () => number;
  /** The language budget sentences are written in, read at each answer. */
  words: Words;
}

/** The book, the lease client (null when off) and a hook for SolarEdge's month being held. */
export interface Metered {
  book: QuotaBook;
  leases: QuotaLeaseClient | null;
  /** Called when SolarEdge refuses calls until the month turns; returns the unsubscribe. */
  onMonthHeld(listener: () => void): () => void;
}

/** See the module comment. */
export function createMetered(setup: MeteredSetup): Metered {
  const { cache, clock, records, settings, config, words } = setup;
  const leases = createQuotaLeases({
    enabled: setup.quotaLeases,
    config,
    store: setup.store,
    fetch: setup.fetch,
    clock,
    log: setup.log,
    enphaseSites: () => ({
      sites: cache
        .listSites()
        .filter((site) => site.provider === 'enphase' && site.status !== 'needs_reauth').length,
      connections: countConnected(records, 'enphase'),
    }),
  });
  const enphase = new EnphaseBudgetSource({
    cache,
    clock,
    settings: () => {
      const value = settings();
      return {
        enphasePlan: value.enphasePlan ?? config.enphase.plan,
        enphaseSharePercent: value.enphaseSharePercent ?? config.enphase.sharePercent,
        refreshFloorMinutes: value.refreshFloorMinutes,
      };
    },
    connectionCount: () => countConnected(records, 'enphase'),
    // The lease decides unless an operator fixed a share (configuration or Settings).
    allowance: () =>
      leases && settings().enphaseSharePercent === null ? leases.budgetAllowance(words) : null,
    words,
  });
  const enphasePacer = enphaseGateFor(leases, { clock, perMinute: () => enphase.perMinute() });
  const solarEdge = createSolarEdgeCredits({
    cache,
    clock,
    records,
    settings,
    minute: new MinuteGate({ clock, perMinute: () => settings().solaredgeCreditsPerMinute }),
    words,
  });
  const tesla = new TeslaBudgetSource({ cache, clock, settings, words });
  const book = new QuotaBook(
    [
      {
        id: 'enphase',
        pacer: enphasePacer,
        intervalSeconds: () => enphase.intervalSeconds(),
        invalidate: () => enphase.invalidate(),
        budget: () => enphase.budget(),
        close: () => enphasePacer.close(),
      },
      {
        id: 'solaredge',
        pacer: solarEdge.gate,
        intervalSeconds: () => solarEdge.budget.intervalSeconds(),
        invalidate: () => solarEdge.budget.invalidate(),
        budget: () => solarEdge.budget.budget(),
        close: () => solarEdge.close(),
      },
      {
        id: 'tesla',
        // Tesla has no per-minute pacing to share: it bills each call, so each asks first.
        pacer: null,
        mayCall: () => tesla.mayCall(),
        intervalSeconds: () => tesla.intervalSeconds(),
        invalidate: () => tesla.invalidate(),
        budget: () => tesla.budget(),
        close: () => undefined,
      },
    ],
    (provider) => countConnected(records, provider) > 0,
    setup.unmeteredInterval,
  );
  return { book, leases, onMonthHeld: (listener) => solarEdge.gate.onMonthHeld(listener) };
}
