/** The site's devices (inverters, meters, gateways) with their status and last report. */
import type { Device } from '../../../shared/domain';
import { Freshness } from '../common/Freshness';
import { StatusPill } from '../common/StatusPill';
import { t } from '../i18n/t';
import { deviceKindLabel } from '../model/deviceKind';

/** The devices table, or a short line when the provider lists none. */
export function DevicesTable({ devices, now }: { devices: readonly Device[]; now: number }) {
  if (devices.length === 0) {
    return <p className="card-body muted">{t('site.noDevices')}</p>;
  }
  return (
    <table className="data-table devices-table">
      <colgroup>
        <col style={{ width: '18%' }} />
        <col />
        <col style={{ width: '22%' }} />
        <col style={{ width: 130 }} />
        <col style={{ width: 190 }} />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('site.colDevice')}</th>
          <th scope="col">{t('site.colModel')}</th>
          <th scope="col">{t('site.colSerial')}</th>
          <th scope="col">{t('site.colStatus')}</th>
          <th scope="col" className="numeric">
            {t('site.colLastReport')}
          </th>
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr key={`${d.kind}:${d.serial}`} data-testid="device-row" data-serial={d.serial}>
            <td className="device-kind">{deviceKindLabel(d.kind)}</td>
            <td>{d.model}</td>
            <td className="mono">{d.serial}</td>
            <td data-testid="device-status" data-value={d.status}>
              <StatusPill status={d.status} />
            </td>
            <td className="numeric">
              <Freshness at={d.lastReportAt} now={now} stale={false} short />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
