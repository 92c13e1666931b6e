/**
 * Tesla's money budget fed from the live app: the spending limit from Settings (default the
 * $10 monthly credit), the month's spend from the ledger's cost column, the Tesla sites from
 * the cache and their daylight left this month. The scheduler asks it for the refresh
 * interval, every Tesla request asks `mayCall` first (so spending stops AT the limit, whatever
 * the interval), and `budget.get` shows the sentence ("3 Tesla sites: refreshed every 30 min,
 * about $4.10 this month of $10").
 */
import type { Budget } from '../../../shared/domain';
import type { CacheStore } from '../../cache/types';
import { englishWords, type Words } from '../../i18n/words';
import { describeDay } from '../../model/every';
import type { Clock } from '../../ports';
import { daylightSecondsBetween } from './daylight-left';
import { TeslaPaymentRequiredError, TeslaSpendingLimitError } from './errors';
import { SOC_EVERY_SECONDS } from './tesla-provider';
import {
  billingMonth,
  explainTeslaPlan,
  explainTeslaRefused,
  MICRO_USD,
  PAYMENT_PAUSE_SECONDS,
  planTeslaRefresh,
  sayUsd,
  TESLA_PRICING,
  type BudgetSite,
  type TeslaBudgetPlan,
  type TeslaPricing,
} from './money';

/** What the budget reads from Settings. */
export interface TeslaBudgetSettings {
  teslaSpendLimitUsd: number;
  refreshFloorMinutes: number;
}

/** What the source reads. */
export interface TeslaBudgetSourceOptions {
  cache: Pick<CacheStore, 'spendMicroUsd' | 'countRequests' | 'listSites' | 'flows'>;
  clock: Clock;
  settings: () => TeslaBudgetSettings;
  pricing?: TeslaPricing;
  /** The language of the budget's sentence (default English). */
  words?: Words;
}

/** Daylight sums are cheap but not free: remember the site list and them this long (s). */
const MEMO_SECONDS = 60;
/** While spending is stopped the scheduler still wakes this often (nothing goes out). */
const STOPPED_INTERVAL_SECONDS = 3600;

/** See the module comment. */
export class TeslaBudgetSource {
  private memo: { at: number; sites: BudgetSite[] } | null = null;

  constructor(private readonly options: TeslaBudgetSourceOptions) {}

  private get pricing(): TeslaPricing {
    return this.options.pricing ?? TESLA_PRICING;
  }

  /** The plan now: how often, and what the month will cost, or stopped. */
  plan(): TeslaBudgetPlan {
    const now = this.options.clock.now();
    const settings = this.options.settings();
    return planTeslaRefresh({
      sites: this.sites(now),
      now,
      spentMicroUsd: this.spent(now),
      limitMicroUsd: this.limitMicroUsd(),
      floorSeconds: settings.refreshFloorMinutes * 60,
      pricing: this.pricing,
    });
  }

  /** The refresh interval for Tesla sites now (s). */
  intervalSeconds(): number {
    const plan = this.plan();
    return plan.kind === 'refresh' ? plan.intervalSeconds : STOPPED_INTERVAL_SECONDS;
  }

  /**
   * Null when one more call stays within this month's limit; the error to throw otherwise. A
   * 402 (Tesla's own billing limit, which may be lower than ours) stops every connection the
   * same way, for PAYMENT_PAUSE_SECONDS, after which one call asks again (the limit may have
   * been raised at Tesla).
   */
  mayCall(): Error | null {
    const now = this.options.clock.now();
    if (this.refusedByTesla(now)) {
      return new TeslaPaymentRequiredError(
        Math.min(billingMonth(now).end, now + PAYMENT_PAUSE_SECONDS),
      );
    }
    const limit = this.limitMicroUsd();
    if (this.spent(now) + this.pricing.costPerCallMicroUsd <= limit) return null;
    const resumesAt = billingMonth(now).end;
    // Written in the language in force at this refusal; each refresh asks again.
    const words = this.options.words ?? englishWords;
    return new TeslaSpendingLimitError(
      resumesAt,
      sayUsd(limit, words),
      describeDay(resumesAt, words),
    );
  }

  /** The `budget.get` entry for Tesla. */
  budget(): Budget {
    const now = this.options.clock.now();
    const plan = this.plan();
    const words = this.options.words ?? englishWords;
    const explanation = this.refusedByTesla(now)
      ? explainTeslaRefused(plan.sites, words)
      : explainTeslaPlan(plan, words);
    const start = billingMonth(now).start;
    return {
      provider: 'tesla',
      plan: words.t('budget.tesla.plan', { limit: sayUsd(this.limitMicroUsd(), words) }),
      sharePercent: 100,
      perMinuteLimit: 60,
      perMonthLimit: Math.floor(this.limitMicroUsd() / this.pricing.costPerCallMicroUsd),
      usedThisMonth: this.options.cache.countRequests('tesla', start),
      siteCount: plan.sites,
      intervalSeconds: plan.kind === 'refresh' ? plan.intervalSeconds : STOPPED_INTERVAL_SECONDS,
      explanation,
    };
  }

  /** Forgets the remembered sites (sites added or removed). */
  invalidate(): void {
    this.memo = null;
  }

  /** Tesla answered 402 within the last PAYMENT_PAUSE_SECONDS. */
  private refusedByTesla(now: number): boolean {
    return this.options.cache.countRequests('tesla', now - PAYMENT_PAUSE_SECONDS, 402) > 0;
  }

  private limitMicroUsd(): number {
    return Math.round(this.options.settings().teslaSpendLimitUsd * MICRO_USD);
  }

  private spent(now: number): number {
    return this.options.cache.spendMicroUsd('tesla', billingMonth(now).start);
  }

  private sites(now: number): BudgetSite[] {
    if (this.memo && now - this.memo.at < MEMO_SECONDS && now >= this.memo.at) {
      return this.memo.sites;
    }
    const end = billingMonth(now).end;
    const sites = this.options.cache
      .listSites()
      .filter((site) => site.provider === 'tesla' && site.status !== 'needs_reauth')
      .map((site) => {
        const activeSecondsLeft = daylightSecondsBetween(site.latitude, site.longitude, now, end);
        // A site whose battery reported in the last two days gets its hourly charge read.
        const battery = this.options.cache
          .flows(site.id, now - 2 * 86_400, now)
          .some((row) => row.batteryChargeWh !== null);
        return {
          activeSecondsLeft,
          fixedCalls: battery ? Math.ceil(activeSecondsLeft / SOC_EVERY_SECONDS) : 0,
        };
      });
    this.memo = { at: now, sites };
    return sites;
  }
}
