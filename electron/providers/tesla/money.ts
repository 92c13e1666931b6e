/**
 * Tesla's budget is money, not a count: every answer under 500 costs about $1 per 500 data
 * requests, the first $10 a month are a credit, and 402 means the month's limit is reached.
 * Pure functions (integer micro-dollars, so sums are exact): the cost of one call, the month's
 * spend from ledger entries, and the refresh interval a spending limit allows for N sites,
 * explained in one sentence ("3 Tesla sites: refreshed every 30 min, about $4.10 this month of
 * $10"). Months are UTC calendar months (an assumption; the sources do not say).
 */
import { englishWords, type Words } from '../../i18n/words';
import { describeDay } from '../../model/every';

/** Prices in micro-dollars (µ$). */
export interface TeslaPricing {
  costPerCallMicroUsd: number;
  monthlyCreditMicroUsd: number;
}

/** About $1 per 500 requests, $10 free a month (reference). */
export const TESLA_PRICING: TeslaPricing = {
  costPerCallMicroUsd: 2_000,
  monthlyCreditMicroUsd: 10_000_000,
};

/** One micro-dollar. */
export const MICRO_USD = 1_000_000;

/** The cost of one answered call: billed under 500, except 402 (nothing was served) and 0 (no answer). */
export function callCostMicroUsd(status: number, pricing: TeslaPricing = TESLA_PRICING): number {
  return status > 0 && status < 500 && status !== 402 ? pricing.costPerCallMicroUsd : 0;
}

/** The first instant of the UTC month holding `at`, and of the next. */
export function billingMonth(at: number): { start: number; end: number } {
  const date = new Date(at * 1000);
  return {
    start: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000,
    end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000,
  };
}

/** The month's spend so far from ledger entries (any order; other months ignored). */
export function monthSpendMicroUsd(
  entries: readonly { at: number; costMicroUsd: number }[],
  now: number,
): number {
  const { start, end } = billingMonth(now);
  let spent = 0;
  for (const entry of entries) if (entry.at >= start && entry.at < end) spent += entry.costMicroUsd;
  return spent;
}

/** One site as the budget sees it. */
export interface BudgetSite {
  /** Seconds it will be polled in the rest of the month (daylight for solar-only sites). */
  activeSecondsLeft: number;
  /** Calls it will make in the rest of the month whatever the interval (hourly battery reads). */
  fixedCalls?: number;
}

/** What the budget needs. */
export interface TeslaBudgetInput {
  sites: readonly BudgetSite[];
  now: number;
  spentMicroUsd: number;
  limitMicroUsd: number;
  /** Calls each refresh of one site costs (one calendar_history by default). */
  callsPerRefresh?: number;
  /** The app's refresh floor (s). */
  floorSeconds: number;
  pricing?: TeslaPricing;
}

/** The plan: how often, and what the month will cost. */
export type TeslaBudgetPlan =
  | {
      kind: 'refresh';
      sites: number;
      intervalSeconds: number;
      /** Spent so far plus the rest of the month at this interval. */
      projectedMicroUsd: number;
      limitMicroUsd: number;
    }
  | {
      kind: 'stopped';
      sites: number;
      spentMicroUsd: number;
      limitMicroUsd: number;
      resumesAt: number;
    };

/** Intervals offered, in minutes: a person reads "every 30 min", not "every 1,337 s". */
const LADDER_MINUTES = [15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1_440];

/** The shortest interval (not under the floor) whose month stays within the limit. */
export function planTeslaRefresh(input: TeslaBudgetInput): TeslaBudgetPlan {
  const pricing = input.pricing ?? TESLA_PRICING;
  const perRefresh = (input.callsPerRefresh ?? 1) * pricing.costPerCallMicroUsd;
  const remaining = input.limitMicroUsd - input.spentMicroUsd;
  const stopped = {
    kind: 'stopped' as const,
    sites: input.sites.length,
    spentMicroUsd: input.spentMicroUsd,
    limitMicroUsd: input.limitMicroUsd,
    resumesAt: billingMonth(input.now).end,
  };
  if (remaining < perRefresh) return stopped;
  const costAt = (intervalSeconds: number) =>
    input.sites.reduce(
      (total, site) =>
        total +
        Math.ceil(site.activeSecondsLeft / intervalSeconds) * perRefresh +
        (site.fixedCalls ?? 0) * pricing.costPerCallMicroUsd,
      0,
    );
  for (const minutes of LADDER_MINUTES) {
    const intervalSeconds = minutes * 60;
    if (intervalSeconds < input.floorSeconds) continue;
    const cost = costAt(intervalSeconds);
    if (cost <= remaining) {
      return {
        kind: 'refresh',
        sites: input.sites.length,
        intervalSeconds,
        projectedMicroUsd: input.spentMicroUsd + cost,
        limitMicroUsd: input.limitMicroUsd,
      };
    }
  }
  return stopped;
}

/**
 * Dollars as a person reads them in `locale`'s number format, always US dollars (Tesla bills
 * in them): "$10", "$4.10", "$0.01"; German "4,10 $".
 */
export function formatUsd(microUsd: number, locale = 'en-US'): string {
  const cents = Math.round(microUsd / 10_000);
  const digits = cents % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency: 'USD',
    currencyDisplay: 'narrowSymbol',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(cents / 100);
}

/** Dollars in the number format of `words`' language. */
export function sayUsd(microUsd: number, words: Words): string {
  return formatUsd(microUsd, words.locale().formats);
}

function formatInterval(seconds: number, words: Words): string {
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return words.t('budget.tesla.minutes', { count: minutes });
  // Whole hours as they are, others to a tenth ("1.5 h").
  return words.t('budget.tesla.hours', { count: Math.round((minutes / 60) * 10) / 10 });
}

/**
 * After Tesla answered 402 (its billing limit for the developer account, which may sit below
 * ours), no call for this long (s); then one asks again, since the limit may have been raised.
 */
export const PAYMENT_PAUSE_SECONDS = 6 * 3600;

/** The sentence while Tesla refuses payment (402). */
export function explainTeslaRefused(sites: number, words: Words = englishWords): string {
  return words.t('budget.tesla.refused', {
    sites: words.t('budget.tesla.sites', { count: sites }),
    hours: PAYMENT_PAUSE_SECONDS / 3600,
  });
}

/** The plan in one sentence for the Connections page. */
export function explainTeslaPlan(plan: TeslaBudgetPlan, words: Words = englishWords): string {
  const sites = words.t('budget.tesla.sites', { count: plan.sites });
  const limit = sayUsd(plan.limitMicroUsd, words);
  if (plan.kind === 'stopped') {
    const spent = sayUsd(plan.spentMicroUsd, words);
    const day = describeDay(plan.resumesAt, words);
    return words.t('budget.tesla.stopped', { sites, limit, spent, day });
  }
  const interval = formatInterval(plan.intervalSeconds, words);
  const projected = sayUsd(plan.projectedMicroUsd, words);
  return words.t('budget.tesla.refreshed', { sites, interval, projected, limit });
}
