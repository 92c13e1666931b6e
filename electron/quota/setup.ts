/**
 * Builds this installation's quota lease pieces for the core: the lease client (installation
 * id from the settings store, requests through the relay) and the Enphase request gate that
 * reports 429s to it. Null when leases are off (tests, benchmarks) or when the operator set a
 * fixed share (`ENPHASE_SHARE_PERCENT`): then the budget uses plan × that share. A share an operator
 * sets in Settings → Advanced also wins over the lease (see core.ts).
 */
import type { AppConfig } from '../config';
import type { Clock, KeyValueStore, Logger } from '../ports';
import { MinuteGate, type MinuteGateOptions } from '../sync/minute-gate';
import { expectedCallsPerDay } from './demand';
import { installationIdFrom } from './installation-id';
import { QuotaLeaseClient } from './lease-client';
import { LeaseReportingGate } from './reporting-gate';

/** What {@link createQuotaLeases} needs. */
export interface QuotaLeaseSetup {
  enabled: boolean;
  config: AppConfig;
  store: KeyValueStore;
  fetch?: typeof fetch;
  clock: Clock;
  log: Logger;
  /** Enphase sites refreshed now, and Enphase connections. */
  enphaseSites: () => { sites: number; connections: number };
}

/** The lease client, or null when the budget should not follow a lease. */
export function createQuotaLeases(setup: QuotaLeaseSetup): QuotaLeaseClient | null {
  if (!setup.enabled || setup.config.enphase.shareFixed) return null;
  const fetchImpl = setup.fetch ?? ((input, init) => fetch(input, init));
  return new QuotaLeaseClient({
    relayUrl: setup.config.relayUrl,
    installationId: installationIdFrom(setup.store),
    fetch: fetchImpl,
    clock: setup.clock,
    log: setup.log,
    demand: () => {
      const { sites, connections } = setup.enphaseSites();
      return { activeSites: sites, expectedCalls: expectedCallsPerDay(sites, connections) };
    },
  });
}

/** The Enphase request gate: one that reports 429s when a lease client runs. */
export function enphaseGateFor(
  leases: QuotaLeaseClient | null,
  options: MinuteGateOptions,
): MinuteGate {
  return leases
    ? new LeaseReportingGate(options, () => leases.report429())
    : new MinuteGate(options);
}
