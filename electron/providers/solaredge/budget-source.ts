/**
 * budget.ts fed from the live app: the plan from Settings, the credits spent this month from the
 * request ledger, the SolarEdge sites from the cache and the connections from the vault's
 * records, the month hold from the shared credit gate. The scheduler asks it for the SolarEdge
 * refresh interval, `budget.get` for the budget.
 */
import type { Budget } from '../../../shared/domain';
import type { CacheStore } from '../../cache/types';
import type { Words } from '../../i18n/words';
import type { Clock } from '../../ports';
import { creditBudgetFor, creditMonthOf, planCredits, type CreditBudgetInput } from './budget';

/** What the source reads. */
export interface CreditBudgetSourceOptions {
  cache: Pick<CacheStore, 'countRequests' | 'listSites'>;
  clock: Clock;
  plan: () => { perMonth: number; perMinute: number; floorMinutes: number };
  /** Usable SolarEdge connections by how they read: fleet keys, and Site Access grants. */
  connections: () => { fleetKeys: number; siteAccess: number };
  /** The month hold (credit-gate.ts). */
  heldUntil: () => number | null;
  /** The language of the budget's sentence (default English). */
  words?: Words;
}

const MEMO_SECONDS = 30;

/** See the module comment. */
export class CreditBudgetSource {
  private memo: { at: number; sites: number; used: number } | null = null;

  constructor(private readonly options: CreditBudgetSourceOptions) {}

  /** The refresh interval for SolarEdge sites now (s). */
  intervalSeconds(): number {
    return planCredits(this.input()).intervalSeconds;
  }

  /** The `budget.get` entry. */
  budget(): Budget {
    return creditBudgetFor(this.input(), this.options.words);
  }

  /** Forgets the remembered counts (settings changed, sites added, a call made). */
  invalidate(): void {
    this.memo = null;
  }

  private input(): CreditBudgetInput {
    const now = this.options.clock.now();
    if (!this.memo || now - this.memo.at >= MEMO_SECONDS || now < this.memo.at) {
      const sites = this.options.cache
        .listSites()
        .filter((site) => site.provider === 'solaredge' && site.status !== 'needs_reauth').length;
      const used = this.options.cache.countRequests('solaredge', creditMonthOf(now).start);
      this.memo = { at: now, sites, used };
    }
    const plan = this.options.plan();
    const connections = this.options.connections();
    return {
      perMonth: plan.perMonth,
      perMinute: plan.perMinute,
      floorMinutes: plan.floorMinutes,
      siteCount: this.memo.sites,
      fleetConnections: connections.fleetKeys,
      siteAccessSites: connections.siteAccess,
      usedThisMonth: this.memo.used,
      heldUntil: this.options.heldUntil(),
      now,
    };
  }
}
