/**
 * budget.ts fed from the live app: the plan and share from the platform configuration (or an
 * operator's override), the calls already spent
 * this month from the request ledger, the Enphase sites from the cache. The scheduler asks it
 * for the Enphase refresh interval, the minute gate for its rate, `budget.get` for the budget.
 */
import type { Budget, EnphasePlan } from '../../../shared/domain';
import type { CacheStore } from '../../cache/types';
import type { Words } from '../../i18n/words';
import type { Clock } from '../../ports';
import type { EnphaseBudgetInput } from './budget';
import { budgetFor, enphaseRefreshSeconds, monthOf, perMinuteAllowance } from './budget';

/** The plan and share the platform runs on, and the user's refresh floor. */
export interface EnphaseQuotaSettings {
  enphasePlan: EnphasePlan;
  enphaseSharePercent: number;
  refreshFloorMinutes: number;
}

/** What the source reads. */
export interface EnphaseBudgetSourceOptions {
  cache: Pick<CacheStore, 'countRequests' | 'listSites'>;
  clock: Clock;
  /** The plan, share and refresh floor in force (configuration with operator overrides applied). */
  settings: () => EnphaseQuotaSettings;
  /** Enphase connections that are usable now (each lists its systems every refresh). */
  connectionCount?: () => number;
  /** This installation's quota lease (electron/quota/); null: the operator's plan × share. */
  allowance?: () => EnphaseBudgetInput['allowance'] | null;
  /** The language of the budget's sentence (default English). */
  words?: Words;
}

/** Reading the ledger and the site list is cheap, but not free: remember them this long (s). */
const MEMO_SECONDS = 30;

/** See the module comment. */
export class EnphaseBudgetSource {
  private memo: { at: number; input: EnphaseBudgetInput } | null = null;

  constructor(private readonly options: EnphaseBudgetSourceOptions) {}

  /** The refresh interval for Enphase sites now (s). */
  intervalSeconds(): number {
    return enphaseRefreshSeconds(this.input());
  }

  /** Requests per minute this installation may send now. */
  perMinute(): number {
    const lease = this.options.allowance?.();
    return (
      lease?.perMinute ??
      perMinuteAllowance(
        this.options.settings().enphasePlan,
        this.options.settings().enphaseSharePercent,
      )
    );
  }

  /** The `budget.get` entry for Enphase. */
  budget(): Budget {
    return budgetFor(this.input(), this.options.words);
  }

  /** Forgets the remembered counts (after settings changed or sites were added). */
  invalidate(): void {
    this.memo = null;
  }

  private input(): EnphaseBudgetInput {
    const now = this.options.clock.now();
    const settings = this.options.settings();
    if (!this.memo || now - this.memo.at >= MEMO_SECONDS || now < this.memo.at) {
      const sites = this.options.cache
        .listSites()
        .filter((site) => site.provider === 'enphase' && site.status !== 'needs_reauth').length;
      const usedThisMonth = this.options.cache.countRequests('enphase', monthOf(now).start);
      this.memo = {
        at: now,
        input: {
          plan: settings.enphasePlan,
          sharePercent: settings.enphaseSharePercent,
          siteCount: sites,
          connectionCount: this.options.connectionCount?.() ?? 1,
          floorMinutes: settings.refreshFloorMinutes,
          usedThisMonth,
          now,
        },
      };
    }
    // Settings and the lease are cheap to read and must apply at once.
    const allowance = this.options.allowance?.() ?? undefined;
    return {
      ...this.memo.input,
      ...(allowance ? { allowance } : {}),
      plan: settings.enphasePlan,
      sharePercent: settings.enphaseSharePercent,
      floorMinutes: settings.refreshFloorMinutes,
      now,
    };
  }
}
