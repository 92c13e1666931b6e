/** A site or device status as a coloured pill; the detail (e.g. "Inverter 3 not reporting") as its tooltip. */
import type { SiteStatus } from '../../../shared/domain';
import { STATUS_LABEL } from '../model/status';

/** The status pill. */
export function StatusPill({ status, detail }: { status: SiteStatus; detail?: string | null }) {
  return (
    <span className={`pill pill-${status}`} title={detail ?? undefined}>
      {STATUS_LABEL[status]}
    </span>
  );
}

/** The small status dot used in dense lists. */
export function StatusDot({ status }: { status: SiteStatus }) {
  return <span className={`dot dot-${status}`} title={STATUS_LABEL[status]} aria-hidden="true" />;
}
