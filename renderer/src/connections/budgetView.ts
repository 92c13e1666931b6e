/** How a provider's request budget reads: calls used of the month's allowance, and how full. Pure. */
import type { Budget } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { t } from '../i18n/t';

/** How worried the bar should look. */
export type BudgetTone = 'ok' | 'warn' | 'bad';

/** A budget's month so far, ready to draw. */
export interface BudgetUsage {
  used: number;
  limit: number;
  /** 0..1 of the allowance spent (1 when the allowance is zero or overspent). */
  ratio: number;
  /** "12 %", or "< 1 %" for a little, so a handful of calls does not read as none. */
  percentText: string;
  tone: BudgetTone;
  /** "Used this month: 1,234 of 50,000 calls". */
  text: string;
}

/** The share of the allowance at which the bar turns amber: the scheduler slows down near it. */
export const WARN_AT = 0.8;

/** The month's spending of one budget. */
export function budgetUsage(budget: Pick<Budget, 'usedThisMonth' | 'perMonthLimit'>): BudgetUsage {
  const used = budget.usedThisMonth;
  const limit = budget.perMonthLimit;
  const ratio = limit > 0 ? Math.min(1, used / limit) : 1;
  const percent = ratio * 100;
  const percentText =
    used > 0 && percent < 1 ? t('budget.lessThanOne') : `${formatNumber(Math.floor(percent), 0)} %`;
  const tone: BudgetTone = ratio >= 1 ? 'bad' : ratio >= WARN_AT ? 'warn' : 'ok';
  const text = t('budget.used', {
    used: formatNumber(used, 0),
    limit,
    limitText: formatNumber(limit, 0),
  });
  return { used, limit, ratio, percentText, tone, text };
}
