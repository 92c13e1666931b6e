/**
 * SolarEdge's credits: every API call costs credits (1 per call in the reference, any endpoint
 * overridable), counted per payer (a fleet API key, or the platform's OAuth application for
 * every Site Access grant) in a per-minute window (aligned to the clock's minute) and a monthly
 * one (UTC calendar month). Pure bookkeeping, no I/O.
 */
import { DateTime } from 'luxon';

/** Limits of a payer's plan. */
export interface CreditLimits {
  perMinute: number;
  perMonth: number;
}

/** The free developer tier: 2,000 credits a month, 10 a minute. */
export const FREE_TIER: CreditLimits = { perMinute: 10, perMonth: 2_000 };

/** Why a call was refused. */
export type CreditRefusal =
  | { period: 'minute'; retryAfterSeconds: number; remainingMinute: 0 }
  | { period: 'month'; remainingMinute: number };

/** A payer's usage now, for the rate-limit headers and the admin view. */
export interface CreditUsage {
  limits: CreditLimits;
  minuteUsed: number;
  monthUsed: number;
  remainingMinute: number;
}

interface Counters {
  minuteStart: number;
  minuteUsed: number;
  monthStart: number;
  monthUsed: number;
}

/** Per-payer credit counters. */
export class CreditBook {
  private readonly counters = new Map<string, Counters>();
  private readonly limits = new Map<string, CreditLimits>();

  constructor(private defaultLimits: CreditLimits = FREE_TIER) {}

  /** Sets one payer's limits, or every payer's default when `payer` is absent. */
  setLimits(limits: CreditLimits, payer?: string): void {
    if (payer === undefined) this.defaultLimits = { ...limits };
    else this.limits.set(payer, { ...limits });
  }

  /** Spends `cost` credits at `now`, or refuses (spending nothing) when a window is full. */
  spend(payer: string, cost: number, now: number): CreditRefusal | null {
    const counters = this.windows(payer, now);
    const limits = this.limitsOf(payer);
    const remainingMinute = Math.max(0, limits.perMinute - counters.minuteUsed);
    if (counters.monthUsed + cost > limits.perMonth) return { period: 'month', remainingMinute };
    if (counters.minuteUsed + cost > limits.perMinute) {
      return {
        period: 'minute',
        retryAfterSeconds: counters.minuteStart + 60 - now,
        remainingMinute: 0,
      };
    }
    counters.minuteUsed += cost;
    counters.monthUsed += cost;
    return null;
  }

  /** Usage of a payer as seen at `now`. */
  usage(payer: string, now: number): CreditUsage {
    const counters = this.windows(payer, now);
    const limits = this.limitsOf(payer);
    return {
      limits,
      minuteUsed: counters.minuteUsed,
      monthUsed: counters.monthUsed,
      remainingMinute: Math.max(0, limits.perMinute - counters.minuteUsed),
    };
  }

  /** Uses up the rest of a payer's month (a test's shortcut to the monthly 429). */
  exhaustMonth(payer: string, now: number): void {
    this.windows(payer, now).monthUsed = this.limitsOf(payer).perMonth;
  }

  /** Forgets every payer's usage. */
  reset(): void {
    this.counters.clear();
  }

  private limitsOf(payer: string): CreditLimits {
    return this.limits.get(payer) ?? this.defaultLimits;
  }

  private windows(payer: string, now: number): Counters {
    const minuteStart = Math.floor(now / 60) * 60;
    const monthStart = DateTime.fromSeconds(now, { zone: 'UTC' }).startOf('month').toSeconds();
    let counters = this.counters.get(payer);
    if (!counters) {
      counters = { minuteStart, minuteUsed: 0, monthStart, monthUsed: 0 };
      this.counters.set(payer, counters);
    }
    // A window the clock has left (forwards or, in tests, backwards) starts afresh.
    if (counters.minuteStart !== minuteStart) {
      counters.minuteStart = minuteStart;
      counters.minuteUsed = 0;
    }
    if (counters.monthStart !== monthStart) {
      counters.monthStart = monthStart;
      counters.monthUsed = 0;
    }
    return counters;
  }
}
