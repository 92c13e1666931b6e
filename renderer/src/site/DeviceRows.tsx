/** A compact table of devices (name, serial, status, last report, output) inside a device group. */
import type { DeviceView } from '../../../shared/domain';
import { formatEnergy, formatPower, type EnergyUnitPreference } from '../../../shared/format';
import { Freshness } from '../common/Freshness';
import { StatusPill } from '../common/StatusPill';
import { t } from '../i18n/t';

/** A figure the provider gave, or a dash that says it gave none (never an invented 0). */
function Figure({
  value,
  format,
}: {
  value: number | null | undefined;
  format: (v: number) => string;
}) {
  if (value === null || value === undefined) {
    return (
      <span className="muted" title={t('devices.noFigure')}>
        —
      </span>
    );
  }
  return <>{format(value)}</>;
}

/** The rows of one group; the output columns appear only where the provider gives figures. */
export function DeviceRows({
  id,
  devices,
  notReporting,
  now,
  unit,
  caption,
}: {
  id: string;
  devices: readonly DeviceView[];
  notReporting: ReadonlySet<DeviceView>;
  now: number;
  unit: EnergyUnitPreference;
  caption: string;
}) {
  const hasPower = devices.some((d) => d.powerW !== null && d.powerW !== undefined);
  const hasEnergy = devices.some((d) => d.energyTodayWh !== null && d.energyTodayWh !== undefined);
  return (
    <table className="data-table device-rows" id={id}>
      <caption className="visually-hidden">{caption}</caption>
      <colgroup>
        <col style={{ width: '15%' }} />
        <col style={{ width: '17%' }} />
        <col style={{ width: 210 }} />
        <col />
        {hasPower && <col />}
        {hasEnergy && <col />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col">{t('devices.col.device')}</th>
          <th scope="col">{t('devices.col.serial')}</th>
          <th scope="col">{t('devices.col.status')}</th>
          <th scope="col" className="numeric">
            {t('devices.col.lastReport')}
          </th>
          {hasPower && (
            <th scope="col" className="numeric">
              {t('devices.col.output')}
            </th>
          )}
          {hasEnergy && (
            <th scope="col" className="numeric">
              {t('devices.col.today')}
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {devices.map((d) => (
          <tr
            key={`${d.kind}:${d.serial}:${d.label}`}
            data-testid="device-row"
            data-serial={d.serial}
            data-label={d.label}
          >
            <th scope="row" className="device-label">
              {d.label}
            </th>
            <td className="mono">{d.serial}</td>
            <td data-testid="device-status" data-value={d.status}>
              <StatusPill status={d.status} />
              {notReporting.has(d) && (
                <span className="device-silent">{t('devices.notReporting')}</span>
              )}
            </td>
            <td className="numeric">
              <Freshness at={d.lastReportAt} now={now} stale={false} short />
            </td>
            {hasPower && (
              <td className="numeric num" data-testid="device-power">
                <Figure value={d.powerW} format={(w) => formatPower(w, unit)} />
              </td>
            )}
            {hasEnergy && (
              <td className="numeric num" data-testid="device-energy">
                <Figure value={d.energyTodayWh} format={(wh) => formatEnergy(wh, unit)} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
