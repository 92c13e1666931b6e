/**
 * SolarEdge's credit machinery as the core builds it: the credit gate every SolarEdge
 * connection shares (over the per-minute pacer the core hands in) and the budget source that
 * reads the plan from Settings, the ledger and the connections.
 */
import type { Settings } from '../../../shared/domain';
import type { CacheStore } from '../../cache/types';
import type { Words } from '../../i18n/words';
import type { Clock } from '../../ports';
import type { ConnectionRecords } from '../../vault/records';
import { API_KEY_SCOPE } from '../../vault/vault';
import type { RequestPacer } from '../pacer';
import { CreditBudgetSource } from './budget-source';
import { SolarEdgeCreditGate } from './credit-gate';

/** What the credit machinery reads. */
export interface SolarEdgeCreditsSetup {
  cache: Pick<CacheStore, 'countRequests' | 'listSites'>;
  clock: Clock;
  records: Pick<ConnectionRecords, 'all'>;
  settings: () => Settings;
  /** Paces calls at the plan's credits a minute (sync/minute-gate.ts in the app). */
  minute: RequestPacer & { close(): void };
  /** The language of the budget's sentence (default English). */
  words?: Words;
}

/** The gate, the budget, and how to stop them. */
export interface SolarEdgeCredits {
  gate: SolarEdgeCreditGate;
  budget: CreditBudgetSource;
  close(): void;
}

/** See the module comment. */
export function createSolarEdgeCredits(setup: SolarEdgeCreditsSetup): SolarEdgeCredits {
  const gate = new SolarEdgeCreditGate(setup.minute, setup.clock);
  const budget = new CreditBudgetSource({
    cache: setup.cache,
    clock: setup.clock,
    plan: () => {
      const value = setup.settings();
      return {
        perMonth: value.solaredgeCreditsPerMonth,
        perMinute: value.solaredgeCreditsPerMinute,
        floorMinutes: value.refreshFloorMinutes,
      };
    },
    connections: () => {
      const usable = setup.records
        .all()
        .filter((r) => r.provider === 'solaredge' && r.state === 'connected');
      const keys = usable.filter((r) => r.scope === API_KEY_SCOPE);
      return {
        fleetKeys: keys.length,
        siteAccess: usable.length - keys.length,
      };
    },
    heldUntil: () => gate.monthHeldUntil(),
    words: setup.words,
  });
  return { gate, budget, close: () => setup.minute.close() };
}
