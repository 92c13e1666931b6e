/** "Saved €12.30 · 45 kg CO₂ avoided": the worth of a period's production, in one line. */
import type { EconomicValue } from '../../../shared/economics';
import { formatCo2 } from '../../../shared/format';
import { savingsText } from './valueLine';
import { t } from '../i18n/t';

/** The line, or nothing while the value loads. */
export function ValueLine({ value, testId }: { value: EconomicValue | null; testId: string }) {
  if (!value) return null;
  const { totals } = value;
  const saved = savingsText(value);
  return (
    <p
      className="value-line muted"
      data-testid={testId}
      data-savings={totals.savings}
      data-co2={totals.co2Kg}
    >
      {saved === null ? (
        t('econ.noPrice')
      ) : (
        <>
          {t('econ.saved')} <strong className="num">{saved}</strong>
        </>
      )}{' '}
      · <strong className="num">{formatCo2(totals.co2Kg)}</strong> {t('econ.avoided')}
    </p>
  );
}
