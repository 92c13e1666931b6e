/**
 * Enphase's request budget as arithmetic, without any I/O: the plan's quota (per APPLICATION,
 * so this installation gets its share), the calls already spent this month and the days left
 * give the refresh interval for Enphase sites, and one sentence that says it plainly ("120
 * sites on Kilowatt: refreshed every 68 min").
 *
 * The cost model behind the interval, per refresh: one interval call per site during daylight
 * (nights cost nothing: the scheduler skips sites whose `last_energy_at` did not move), one
 * `/systems` page per 100 sites (or per connection), budgeted around the clock although the
 * scheduler lists only when that is cheaper and never while an account sleeps (an upper
 * bound: what listing does not spend makes the next days' interval shorter), and per site and day one
 * more call (the one that closes the day after sunset, and the weekly size check).
 */
import type { Budget, EnphasePlan } from '../../../shared/domain';
import {
  enphasePlans,
  perMinuteAllowance,
  perMonthAllowance,
  shareOf,
} from '../../../shared/enphase-plans';
import { providerRefreshFloorMinutes } from '../../../shared/limits';
import { englishWords, type Words } from '../../i18n/words';
import { describeDay, describeEvery } from '../../model/every';

export { enphasePlans, perMinuteAllowance, perMonthAllowance };

/** Enphase data arrives in 15-minute uploads: refreshing more often finds nothing new. */
export const ENPHASE_FLOOR_MINUTES = providerRefreshFloorMinutes;
/** Hours of daylight a site is budgeted for (summer at mid latitudes; winter days cost less). */
export const DAYLIGHT_HOURS = 14;
/** Calls per site per day besides the daylight refreshes (closing call, weekly size check). */
export const EXTRA_CALLS_PER_SITE_PER_DAY = 1.2;
/** Above this share of the month's calls spent, the sentence says so. */
export const NEARLY_SPENT_SHARE = 0.9;

/** What the budget is computed from. */
export interface EnphaseBudgetInput {
  plan: EnphasePlan;
  /** Percent of the application's quota this installation may use (1–100). */
  sharePercent: number;
  /** Enphase sites being refreshed (sites of connections needing re-auth cost nothing). */
  siteCount: number;
  /** Enphase connections: each lists its own systems every refresh (default 1). */
  connectionCount?: number;
  /** The user's refresh floor (minutes); Enphase never goes below 15. */
  floorMinutes: number;
  /** Enphase requests this installation made since the month began (from the ledger). */
  usedThisMonth: number;
  now: number;
  /** This installation's quota lease (electron/quota/): replaces plan × share when present. */
  allowance?: { perDay: number; perMinute: number; explanation: string };
}

/** The UTC calendar month around `now` (Enphase's quota month), as epoch seconds. */
export function monthOf(now: number): { start: number; end: number } {
  const date = new Date(now * 1000);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1) / 1000;
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) / 1000;
  return { start, end };
}

/** `/systems` requests per refresh: one page per 100 sites, and at least one per connection. */
function listCallsPerRefresh(input: EnphaseBudgetInput): number {
  if (input.siteCount <= 0) return 0;
  return Math.max(Math.ceil(input.siteCount / 100), input.connectionCount ?? 1);
}

/** The longest interval the budget stretches to while requests remain (s): once a day. */
export const LONGEST_REFRESH_SECONDS = 24 * 3600;

/** The interval's parts, for the sentence and the tests. */
export interface RefreshPlan {
  intervalSeconds: number;
  /** True when nothing is left of this month's allowance: no refresh before the month ends. */
  exhausted: boolean;
  /** True when even one refresh a day costs more than the month can pay for (too many sites). */
  overCommitted: boolean;
  /** Share of this month's allowance already spent (0–1, or more after overspending). */
  spent: number;
}

/** The refresh interval for Enphase sites; see the module comment for the cost model. */
export function planEnphaseRefresh(input: EnphaseBudgetInput): RefreshPlan {
  const floor = Math.max(ENPHASE_FLOOR_MINUTES, Math.ceil(input.floorMinutes || 0)) * 60;
  const allowance = perMonthAllowance(input.plan, input.sharePercent);
  const used = Math.max(0, input.usedThisMonth);
  const spent = allowance > 0 ? used / allowance : 1;
  const sites = Math.max(0, Math.floor(input.siteCount));
  const plan = { exhausted: false, overCommitted: false, spent };
  if (sites === 0) return { ...plan, intervalSeconds: floor };

  const { end } = monthOf(input.now);
  const secondsLeft = Math.max(3600, end - input.now);
  if (allowance - used <= 0) {
    // Nothing left: wait for the new month (a plan upgrade reschedules through the settings).
    return {
      ...plan,
      exhausted: true,
      intervalSeconds: Math.max(floor, roundUpToMinute(secondsLeft)),
    };
  }
  const perDay =
    (input.allowance?.perDay ?? (allowance - used) / (secondsLeft / 86_400)) -
    sites * EXTRA_CALLS_PER_SITE_PER_DAY;
  const lists = listCallsPerRefresh(input);
  // Calls per day at interval I: (sites × daylight + lists × 24 h) / I. Solve for I.
  const demand = sites * DAYLIGHT_HOURS * 3600 + lists * 86_400;
  const byBudget = perDay > 0 ? demand / perDay : Number.POSITIVE_INFINITY;
  // One refresh sends up to sites + lists requests; at the per-minute allowance that takes a while.
  const perMinute =
    input.allowance?.perMinute ?? perMinuteAllowance(input.plan, input.sharePercent);
  const drain = Math.ceil((sites + lists) / perMinute) * 60;
  const interval = Math.max(floor, byBudget, drain);
  if (interval > LONGEST_REFRESH_SECONDS) {
    return {
      ...plan,
      overCommitted: true,
      intervalSeconds: Math.max(floor, LONGEST_REFRESH_SECONDS),
    };
  }
  return { ...plan, intervalSeconds: roundUpToMinute(interval) };
}

/** The refresh interval for Enphase sites (s). */
export function enphaseRefreshSeconds(input: EnphaseBudgetInput): number {
  return planEnphaseRefresh(input).intervalSeconds;
}

function roundUpToMinute(seconds: number): number {
  return Math.ceil(seconds / 60) * 60;
}

/** "120 sites on Kilowatt: refreshed every 68 min", with a note when the month is nearly spent. */
export function describeEnphaseBudget(
  input: EnphaseBudgetInput,
  plan: RefreshPlan,
  words: Words = englishWords,
): string {
  const planName = enphasePlans[input.plan].name;
  const share = shareOf(input.sharePercent);
  const onPlan =
    share < 1
      ? words.t('budget.enphase.planShare', { plan: planName, percent: Math.round(share * 100) })
      : planName;
  const count = Math.max(0, Math.floor(input.siteCount));
  if (count === 0) return words.t('budget.enphase.none', { plan: onPlan });
  const sites = words.t('budget.enphase.sites', { count, plan: onPlan });
  if (plan.exhausted) {
    const day = describeDay(monthOf(input.now).end, words);
    return words.t('budget.enphase.exhausted', { sites, day });
  }
  const every = describeEvery(plan.intervalSeconds, words);
  const sentence = words.t('budget.enphase.refreshed', { sites, every });
  if (plan.spent >= NEARLY_SPENT_SHARE) {
    const percent = Math.min(100, Math.floor(plan.spent * 100));
    return words.t('budget.enphase.nearlySpent', { sentence, percent });
  }
  if (plan.overCommitted) return words.t('budget.enphase.overCommitted', { sentence });
  return sentence;
}

/** The `budget.get` answer for Enphase. Limits are this installation's (after its share). */
export function budgetFor(input: EnphaseBudgetInput, words: Words = englishWords): Budget {
  const plan = planEnphaseRefresh(input);
  // With a lease, this month's limit is what is spent plus the lease's rate to the month's end.
  const leaseMonth = input.allowance
    ? Math.floor(
        Math.max(0, input.usedThisMonth) +
          (input.allowance.perDay * Math.max(0, monthOf(input.now).end - input.now)) / 86_400,
      )
    : null;
  const planMonth = enphasePlans[input.plan].perMonth;
  return {
    provider: 'enphase',
    plan: enphasePlans[input.plan].name,
    sharePercent:
      leaseMonth === null
        ? Math.round(shareOf(input.sharePercent) * 100)
        : Math.min(100, Math.max(1, Math.round((leaseMonth / planMonth) * 100))),
    perMinuteLimit:
      input.allowance?.perMinute ?? perMinuteAllowance(input.plan, input.sharePercent),
    perMonthLimit: leaseMonth ?? perMonthAllowance(input.plan, input.sharePercent),
    usedThisMonth: Math.max(0, Math.floor(input.usedThisMonth)),
    siteCount: Math.max(0, Math.floor(input.siteCount)),
    intervalSeconds: plan.intervalSeconds,
    explanation: input.allowance
      ? `${describeEnphaseBudget(input, plan, words).replace(/([^.])$/, '$1.')} ${input.allowance.explanation}`
      : describeEnphaseBudget(input, plan, words),
  };
}
