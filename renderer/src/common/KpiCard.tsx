/** A headline figure: label, a big number with its unit, a footnote. */
import type { ReactNode } from 'react';
import type { Quantity } from '../../../shared/format';

/** One KPI card; `testId` and `rawValue` let E2E tests read the exact number. */
export function KpiCard({
  label,
  quantity,
  foot,
  testId,
  rawValue,
  tone,
}: {
  label: string;
  quantity: Quantity;
  foot?: ReactNode;
  testId?: string;
  rawValue?: number;
  tone?: 'attention';
}) {
  return (
    <div
      className={`card kpi${tone ? ` kpi-${tone}` : ''}`}
      data-testid={testId}
      data-value={rawValue}
    >
      <div className="kpi-label">{label}</div>
      <div className="kpi-value num">
        <span>{quantity.value}</span>
        {quantity.unit && <span className="kpi-unit">{quantity.unit}</span>}
      </div>
      {foot !== undefined && <div className="kpi-foot">{foot}</div>}
    </div>
  );
}
