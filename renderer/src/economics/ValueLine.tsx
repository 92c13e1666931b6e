/** "Saved €12.30 · 45 kg CO₂ avoided": the worth of a period's production, in one line. */
import type { EconomicValue } from '../../../shared/economics';
import { formatCo2, formatMoney } from '../../../shared/format';

/** The line, or nothing while the value loads. */
export function ValueLine({ value, testId }: { value: EconomicValue | null; testId: string }) {
  if (!value) return null;
  const { totals, currency } = value;
  return (
    <p
      className="value-line muted"
      data-testid={testId}
      data-savings={totals.savings}
      data-co2={totals.co2Kg}
    >
      Saved <strong className="num">{formatMoney(totals.savings, currency)}</strong> ·{' '}
      <strong className="num">{formatCo2(totals.co2Kg)}</strong> CO₂ avoided
    </p>
  );
}
