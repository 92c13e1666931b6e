/**
 * SolarEdge's credit budget as arithmetic, without I/O: the plan's credits a month and a minute
 * (a setting; the free tier by default), the credits already spent this month (the ledger) and
 * the days left give the refresh interval for SolarEdge sites and the sentence that explains it.
 *
 * The cost model, per site: one credit per refresh in daylight (one `/energy` call of 15-minute
 * data from the cursor; nights cost nothing), and per day a few more (the call that closes the
 * day, the one that crosses local noon, and the site lists: a fleet page and the fleet's open
 * alerts every few hours, or a site-details call for each Site Access site).
 */
import type { Budget, Settings } from '../../../shared/domain';
import { providerRefreshFloorMinutes } from '../../../shared/limits';
import type { AppConfig } from '../../config';
import { englishWords, type Words } from '../../i18n/words';
import { describeDay, describeEvery } from '../../model/every';

/**
 * Hours of daylight a site is budgeted for: a June day in Berlin or Leeds (the bench measured
 * 14 h budgeted overspending the free tier by a tenth on 1 June); shorter days leave credits
 * over, which the next days' intervals spend.
 */
export const DAYLIGHT_HOURS = 16;
/** Credits per site per day besides the refreshes: the closing call and the noon crossing. */
export const EXTRA_CREDITS_PER_SITE_PER_DAY = 2;
/** Site lists per day: every 6 hours in daylight and when an account wakes (connection-plan.ts). */
export const LIST_CALLS_PER_DAY = 4;
/** Calls besides its pages in each listing of a fleet key: the fleet's open alerts. */
export const FLEET_ALERT_CALLS_PER_LIST = 1;
/** The longest interval the budget stretches to while credits remain (s): once a day. */
export const LONGEST_REFRESH_SECONDS = 24 * 3600;

/** What the budget is computed from. */
export interface CreditBudgetInput {
  perMonth: number;
  perMinute: number;
  /** SolarEdge sites being refreshed. */
  siteCount: number;
  /** Connections by a fleet key (each lists its sites a few times a day). */
  fleetConnections: number;
  /** Sites read through a Site Access grant (each listed by its own details call). */
  siteAccessSites: number;
  /** The user's refresh floor (minutes); never below the providers' 15. */
  floorMinutes: number;
  /** Credits spent since the UTC month began (the ledger). */
  usedThisMonth: number;
  /** SolarEdge said the month's credits are gone (a 429 without retry-after), until then. */
  heldUntil: number | null;
  now: number;
}

/** The interval and why. */
export interface CreditPlan {
  intervalSeconds: number;
  /** No credit left this month: no SolarEdge call until the month turns. */
  exhausted: boolean;
  /** Even one refresh a day costs more than the month can pay for. */
  overCommitted: boolean;
}

/** The UTC calendar month around `now` (SolarEdge's credit month), as epoch seconds. */
export function creditMonthOf(now: number): { start: number; end: number } {
  const date = new Date(now * 1000);
  return {
    start: Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000,
    end: Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000,
  };
}

/** The refresh interval for SolarEdge sites; see the module comment for the cost model. */
export function planCredits(input: CreditBudgetInput): CreditPlan {
  const floor = Math.max(providerRefreshFloorMinutes, Math.ceil(input.floorMinutes || 0)) * 60;
  const sites = Math.max(0, Math.floor(input.siteCount));
  const { end } = creditMonthOf(input.now);
  const secondsLeft = Math.max(3600, end - input.now);
  const left = input.perMonth - Math.max(0, input.usedThisMonth);
  if ((input.heldUntil !== null && input.heldUntil > input.now) || left <= 0) {
    return {
      intervalSeconds: Math.max(floor, roundUpToMinute(secondsLeft)),
      exhausted: true,
      overCommitted: false,
    };
  }
  if (sites === 0) return { intervalSeconds: floor, exhausted: false, overCommitted: false };
  const listing =
    input.fleetConnections * LIST_CALLS_PER_DAY * (1 + FLEET_ALERT_CALLS_PER_LIST) +
    input.siteAccessSites * LIST_CALLS_PER_DAY;
  const perDay = left / (secondsLeft / 86_400) - sites * EXTRA_CREDITS_PER_SITE_PER_DAY - listing;
  const demand = sites * DAYLIGHT_HOURS * 3600;
  const byBudget = perDay > 0 ? demand / perDay : Number.POSITIVE_INFINITY;
  // One refresh sends one call per site: at the minute's credits that takes a while.
  const drain = Math.ceil(sites / Math.max(1, input.perMinute)) * 60;
  const interval = Math.max(floor, byBudget, drain);
  if (interval > LONGEST_REFRESH_SECONDS) {
    return { intervalSeconds: LONGEST_REFRESH_SECONDS, exhausted: false, overCommitted: true };
  }
  return { intervalSeconds: roundUpToMinute(interval), exhausted: false, overCommitted: false };
}

function roundUpToMinute(seconds: number): number {
  return Math.ceil(seconds / 60) * 60;
}

/** "2,000 credits a month (the free tier)". */
function planName(perMonth: number, perMinute: number, words: Words): string {
  const free = perMonth === 2_000 && perMinute === 10;
  return words.t('budget.solaredge.plan', { perMonth, free: free ? 'yes' : 'no' });
}

/** "3 SolarEdge sites on 2,000 credits a month: refreshed every 40 min …". */
export function describeCredits(
  input: CreditBudgetInput,
  plan: CreditPlan,
  words: Words = englishWords,
): string {
  const count = Math.max(0, Math.floor(input.siteCount));
  const name = planName(input.perMonth, input.perMinute, words);
  if (plan.exhausted) {
    // No call until the credit month after `now` begins ("1 January").
    const day = describeDay(creditMonthOf(input.now).end, words);
    return words.t('budget.solaredge.exhausted', { day });
  }
  if (count === 0) return words.t('budget.solaredge.none', { plan: name });
  const every = describeEvery(plan.intervalSeconds, words);
  const sentence = words.t('budget.solaredge.refreshed', { count, plan: name, every });
  if (plan.overCommitted) return words.t('budget.solaredge.overCommitted', { sentence });
  return `${sentence}.`;
}

/** The `budget.get` entry for SolarEdge. */
export function creditBudgetFor(input: CreditBudgetInput, words: Words = englishWords): Budget {
  const plan = planCredits(input);
  // SolarEdge's word beats the ledger's count (calls of other computers on the same key).
  const used = plan.exhausted
    ? Math.max(input.perMonth, input.usedThisMonth)
    : Math.max(0, input.usedThisMonth);
  return {
    provider: 'solaredge',
    plan: planName(input.perMonth, input.perMinute, words),
    sharePercent: 100,
    perMinuteLimit: input.perMinute,
    perMonthLimit: input.perMonth,
    usedThisMonth: Math.floor(used),
    siteCount: Math.max(0, Math.floor(input.siteCount)),
    intervalSeconds: plan.intervalSeconds,
    explanation: describeCredits(input, plan, words),
  };
}

/** How SolarEdge's credits work, for the connect card (before any site is connected). */
export function creditSentence(
  _config: AppConfig,
  settings: Settings,
  words: Words = englishWords,
): string {
  const { solaredgeCreditsPerMonth: month, solaredgeCreditsPerMinute: minute } = settings;
  return words.t('provider.solaredge.quota', {
    plan: planName(month, minute, words),
    perMinute: minute,
  });
}
