/**
 * Enphase's API plans (reference doc): hits per minute and per month for the whole APPLICATION,
 * which every installation shares. One table for the scheduler's budget and the Settings page,
 * and the same share arithmetic on both sides.
 */
import type { EnphasePlan } from './domain';

/** The quota of each plan for the platform's one Enphase application. */
export const enphasePlans: Record<
  EnphasePlan,
  { name: string; perMinute: number; perMonth: number }
> = {
  watt: { name: 'Watt', perMinute: 10, perMonth: 1_000 },
  kilowatt: { name: 'Kilowatt', perMinute: 50, perMonth: 50_000 },
  megawatt: { name: 'Megawatt', perMinute: 100, perMonth: 300_000 },
  partner: { name: 'Partner', perMinute: 300, perMonth: 1_500_000 },
};

/** A share setting as a fraction: clamped to 1–100 %, and the whole plan when it is not a number. */
export function shareOf(percent: number): number {
  return Number.isFinite(percent) ? Math.min(100, Math.max(1, percent)) / 100 : 1;
}

/** Requests per minute this installation may send at its share (at least 1). */
export function perMinuteAllowance(plan: EnphasePlan, sharePercent: number): number {
  return Math.max(1, Math.floor(enphasePlans[plan].perMinute * shareOf(sharePercent)));
}

/** Requests per month this installation may send at its share. */
export function perMonthAllowance(plan: EnphasePlan, sharePercent: number): number {
  return Math.floor(enphasePlans[plan].perMonth * shareOf(sharePercent));
}
