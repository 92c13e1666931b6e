/**
 * Enphase's API plans as Settings offers them, from the same table the scheduler budgets with
 * (shared/enphase-plans.ts), so a person picks a plan knowing what it allows.
 */
import type { AppInfo, EnphasePlan, Settings } from '../../../shared/domain';
import { enphasePlans, perMinuteAllowance, perMonthAllowance } from '../../../shared/enphase-plans';
import { formatNumber } from '../../../shared/format';
import { parseWholeNumber, type FieldResult } from '../model/settingsForm';
import { t } from '../i18n/t';

/** One plan: its name and the quota of the whole Enphase application. */
export interface EnphasePlanInfo {
  value: EnphasePlan;
  name: string;
  perMinute: number;
  perMonth: number;
}

/** Every plan, smallest first. */
export const ENPHASE_PLANS: readonly EnphasePlanInfo[] = (
  Object.entries(enphasePlans) as [EnphasePlan, (typeof enphasePlans)[EnphasePlan]][]
)
  .map(([value, plan]) => ({ value, ...plan }))
  .sort((a, b) => a.perMonth - b.perMonth);

/** The option text of a plan: "Kilowatt — 50,000 calls a month, 50 a minute". */
export function planOptionLabel(plan: EnphasePlanInfo): string {
  return t('enphase.planOption', {
    plan: plan.name,
    perMonth: formatNumber(plan.perMonth, 0),
    perMinute: formatNumber(plan.perMinute, 0),
  });
}

/** What this installation may spend of a plan at a given share (the same rounding as main). */
export function shareOfPlan(
  plan: EnphasePlanInfo,
  sharePercent: number,
): { perMonth: number; perMinute: number } {
  return {
    perMonth: perMonthAllowance(plan.value, sharePercent),
    perMinute: perMinuteAllowance(plan.value, sharePercent),
  };
}

/** The plan for a setting value. */
export function planInfo(value: EnphasePlan): EnphasePlanInfo {
  return ENPHASE_PLANS.find((p) => p.value === value) ?? ENPHASE_PLANS[0]!;
}

/** The share field's check: a whole percent from 1 to 100, as the settings schema allows. */
export function parseSharePercent(text: string): FieldResult {
  return parseWholeNumber(text, 1, 100, {
    phrase: 'settings.shareWhat',
    title: 'settings.shareWhatTitle',
  });
}

/** The plan and share in force: the platform's configuration unless an operator overrode it. */
export function quotaInForce(
  settings: Pick<Settings, 'enphasePlan' | 'enphaseSharePercent'>,
  platform: AppInfo['enphasePlatform'],
): { plan: EnphasePlanInfo; sharePercent: number; overridden: boolean } {
  return {
    plan: planInfo(settings.enphasePlan ?? platform.plan),
    sharePercent: settings.enphaseSharePercent ?? platform.sharePercent,
    overridden: settings.enphasePlan !== null || settings.enphaseSharePercent !== null,
  };
}

/**
 * The read-only sentence Settings shows, in the language in use (main words the same for the
 * Connections page in providers/enphase/descriptor.ts).
 */
export function describeQuota(quota: ReturnType<typeof quotaInForce>): string {
  const { plan, sharePercent, overridden } = quota;
  return t('enphase.quota', {
    overridden: overridden ? 'yes' : 'no',
    plan: plan.name,
    whole: formatNumber(plan.perMonth, 0),
    share: formatNumber(sharePercent, 0),
    mine: formatNumber(perMonthAllowance(plan.value, sharePercent), 0),
    perMinute: formatNumber(perMinuteAllowance(plan.value, sharePercent), 0),
  });
}
