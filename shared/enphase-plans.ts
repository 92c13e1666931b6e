/**
 * Enphase's API plans (reference doc): hits per minute and per month for the whole APPLICATION,
 * which every installation shares. One table for the scheduler's budget and the Settings page,
 * and the same share arithmetic on both sides.
 */
import type { EnphasePlan } from './domain';
import { formatNumber } from './format';

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

/** The plan and share in force, and whether an operator on this computer chose them. */
export interface EnphaseQuotaInForce {
  plan: EnphasePlan;
  sharePercent: number;
  overridden: boolean;
}

/**
 * "Enalysis runs on Enphase’s Kilowatt plan (…); this installation may use 100 % of it: 50,000
 * calls a month, 50 a minute." Written once for Settings and the Enphase descriptor.
 */
export function describeEnphaseQuota({
  plan,
  sharePercent,
  overridden,
}: EnphaseQuotaInForce): string {
  const { name, perMonth } = enphasePlans[plan];
  const whole = `${formatNumber(perMonth, 0)} calls a month for all installations together`;
  const mine = `${formatNumber(perMonthAllowance(plan, sharePercent), 0)} calls a month, ${formatNumber(perMinuteAllowance(plan, sharePercent), 0)} a minute`;
  const source = overridden ? ' (set by an operator on this computer)' : '';
  return `Enalysis runs on Enphase’s ${name} plan (${whole}); this installation may use ${sharePercent} % of it: ${mine}${source}.`;
}
