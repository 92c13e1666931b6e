/** What the value line says about money: a saving only when a price makes it one. */
import type { EconomicValue } from '../../../shared/economics';
import { formatMoney } from '../../../shared/format';

/**
 * The money part of "Saved €12.30 · 45 kg CO₂ avoided", or null when energy was produced but no
 * price is set: "Saved $0.00" would state a saving of nothing that nobody measured.
 */
export function savingsText(value: Pick<EconomicValue, 'totals' | 'currency'>): string | null {
  const { totals, currency } = value;
  if (totals.savings === 0 && totals.wh > 0) return null;
  return formatMoney(totals.savings, currency);
}
