/**
 * Enphase's quotas: hits per minute and per month for the APPLICATION, shared by every owner
 * and every installation. Windows are aligned to the emulator clock's minute and to the UTC
 * calendar month. Pure bookkeeping, no I/O.
 */
import { DateTime } from 'luxon';

/** The plans of the reference doc. */
export type Plan = 'watt' | 'kilowatt' | 'megawatt' | 'partner';

/** Limits per plan, and the name used in the 429 body ("Usage limit exceeded for plan Watt"). */
export const planLimits: Record<Plan, { name: string; perMinute: number; perMonth: number }> = {
  watt: { name: 'Watt', perMinute: 10, perMonth: 1_000 },
  kilowatt: { name: 'Kilowatt', perMinute: 50, perMonth: 50_000 },
  megawatt: { name: 'Megawatt', perMinute: 100, perMonth: 300_000 },
  partner: { name: 'Partner', perMinute: 300, perMonth: 1_500_000 },
};

/** True for a plan name the emulator knows. */
export function isPlan(value: unknown): value is Plan {
  return typeof value === 'string' && Object.hasOwn(planLimits, value);
}

/** Why a hit was refused: exactly the fields of the 429 body. */
export interface QuotaRejection {
  plan: Plan;
  period: 'minute' | 'month';
  period_start: number;
  period_end: number;
  limit: number;
}

/** One window's usage. */
export interface WindowUsage {
  count: number;
  limit: number;
  period_start: number;
  period_end: number;
}

/** Both windows' usage at an instant, for the admin view and the efficiency script. */
export interface QuotaUsage {
  plan: Plan;
  minute: WindowUsage;
  month: WindowUsage;
}

interface Window {
  start: number;
  end: number;
  count: number;
}

function minuteWindow(now: number): Window {
  const start = Math.floor(now / 60) * 60;
  return { start, end: start + 60, count: 0 };
}

function monthWindow(now: number): Window {
  const month = DateTime.fromSeconds(now, { zone: 'UTC' }).startOf('month');
  return { start: month.toSeconds(), end: month.plus({ months: 1 }).toSeconds(), count: 0 };
}

/** Per-application hit counters. */
export class QuotaCounter {
  private minute: Window | null = null;
  private month: Window | null = null;

  constructor(public plan: Plan) {}

  /** Counts one hit at `now`, or refuses it (uncounted) when a window is full. */
  hit(now: number): QuotaRejection | null {
    const { minute, month } = this.windows(now);
    const limits = planLimits[this.plan];
    // A full month cannot be waited out in a minute: report the longer wait first.
    if (month.count >= limits.perMonth) return this.reject('month', month, limits.perMonth);
    if (minute.count >= limits.perMinute) return this.reject('minute', minute, limits.perMinute);
    minute.count += 1;
    month.count += 1;
    return null;
  }

  /** Usage of both windows as seen at `now`. */
  usage(now: number): QuotaUsage {
    const { minute, month } = this.windows(now);
    const limits = planLimits[this.plan];
    const view = (w: Window, limit: number): WindowUsage => ({
      count: w.count,
      limit,
      period_start: w.start,
      period_end: w.end,
    });
    return {
      plan: this.plan,
      minute: view(minute, limits.perMinute),
      month: view(month, limits.perMonth),
    };
  }

  /** Forgets every hit (a new month, a new test). */
  reset(): void {
    this.minute = null;
    this.month = null;
  }

  private windows(now: number): { minute: Window; month: Window } {
    // A window the clock has left (forwards or, in tests, backwards) starts afresh.
    if (!this.minute || now < this.minute.start || now >= this.minute.end) {
      this.minute = minuteWindow(now);
    }
    if (!this.month || now < this.month.start || now >= this.month.end) {
      this.month = monthWindow(now);
    }
    return { minute: this.minute, month: this.month };
  }

  private reject(period: 'minute' | 'month', window: Window, limit: number): QuotaRejection {
    return {
      plan: this.plan,
      period,
      period_start: window.start,
      period_end: window.end,
      limit,
    };
  }
}

/** The 429 body, field for field as the doc shows it. */
export function quotaExceededBody(rejection: QuotaRejection): Record<string, unknown> {
  return {
    message: 'Too Many Requests',
    details: `Usage limit exceeded for plan ${planLimits[rejection.plan].name}`,
    code: 429,
    period: rejection.period,
    period_start: rejection.period_start,
    period_end: rejection.period_end,
    limit: rejection.limit,
  };
}
