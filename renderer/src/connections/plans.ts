/**
 * Enphase's API plans as Settings offers them. The quotas mirror electron/sync/budget.ts (the
 * renderer may import only shared/), so a person picks a plan knowing what it allows.
 */
import type { EnphasePlan } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { parseWholeNumber, type FieldResult } from '../model/settingsForm';

/** One plan: its name and the quota of the whole Enphase application. */
export interface EnphasePlanInfo {
  value: EnphasePlan;
  name: string;
  perMinute: number;
  perMonth: number;
}

/** Every plan, smallest first. */
export const ENPHASE_PLANS: readonly EnphasePlanInfo[] = [
  { value: 'watt', name: 'Watt', perMinute: 10, perMonth: 1_000 },
  { value: 'kilowatt', name: 'Kilowatt', perMinute: 50, perMonth: 50_000 },
  { value: 'megawatt', name: 'Megawatt', perMinute: 100, perMonth: 300_000 },
  { value: 'partner', name: 'Partner', perMinute: 300, perMonth: 1_500_000 },
];

/** The option text of a plan: "Kilowatt — 50,000 calls a month, 50 a minute". */
export function planOptionLabel(plan: EnphasePlanInfo): string {
  return `${plan.name} — ${formatNumber(plan.perMonth, 0)} calls a month, ${formatNumber(plan.perMinute, 0)} a minute`;
}

/** What this installation may spend of a plan at a given share (the same rounding as main). */
export function shareOfPlan(
  plan: EnphasePlanInfo,
  sharePercent: number,
): { perMonth: number; perMinute: number } {
  const share = Math.min(100, Math.max(1, sharePercent)) / 100;
  return {
    perMonth: Math.floor(plan.perMonth * share),
    perMinute: Math.max(1, Math.floor(plan.perMinute * share)),
  };
}

/** The plan for a setting value. */
export function planInfo(value: EnphasePlan): EnphasePlanInfo {
  return ENPHASE_PLANS.find((p) => p.value === value) ?? ENPHASE_PLANS[0]!;
}

/** The share field's check: a whole percent from 1 to 100, as the settings schema allows. */
export function parseSharePercent(text: string): FieldResult {
  return parseWholeNumber(text, 1, 100, 'the share in percent');
}
