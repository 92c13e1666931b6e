/**
 * The flows section of the site page, for sites that measure more than solar (a Powerwall, a
 * site meter): what the shown period's sun produced, what the home used, what came from and
 * went to the grid, what the battery took and gave, and its newest charge. A solar-only site
 * gets no section at all.
 */
import type { SiteFlows } from '../../../shared/flows';
import { formatEnergy, formatNumber, type EnergyUnitPreference } from '../../../shared/format';
import { localTimeOf } from '../../../shared/time';
import { enalysis } from '../api';
import { useDebouncedEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';
import { t, type MessageKey } from '../i18n/t';

const ROWS: readonly { key: keyof SiteFlows & `${string}Wh`; label: MessageKey }[] = [
  { key: 'solarWh', label: 'flows.solar' },
  { key: 'homeWh', label: 'flows.home' },
  { key: 'gridImportWh', label: 'flows.gridImport' },
  { key: 'gridExportWh', label: 'flows.gridExport' },
  { key: 'batteryChargeWh', label: 'flows.batteryCharge' },
  { key: 'batteryDischargeWh', label: 'flows.batteryDischarge' },
];

/** The section for local days [from, to] of `siteId`; nothing for a site without flows. */
export function SiteFlowsCard({
  siteId,
  from,
  to,
  timeZone,
  unit,
}: {
  siteId: string;
  from: string;
  to: string;
  timeZone: string;
  unit: EnergyUnitPreference;
}) {
  const flows = useInvoke(`site.flows:${siteId}:${from}:${to}`, () =>
    enalysis().site.flows({ siteId, from, to }),
  );
  useDebouncedEvent(
    'data-updated',
    ({ siteIds }) => {
      if (siteIds.includes(siteId)) flows.reload();
    },
    300,
  );
  const shown = flows.lastValue;
  if (!shown?.measured) return null;
  return (
    <section className="card" data-testid="site-flows">
      <div className="card-header">
        <h2>{t('flows.title')}</h2>
      </div>
      <dl className="flows-list card-body">
        {ROWS.map(({ key, label }) => {
          const value = shown[key];
          return (
            <div key={key} className="flows-item" data-testid="flow" data-flow={key}>
              <dt>{t(label)}</dt>
              <dd className="num" data-value={value ?? ''}>
                {value === null ? t('flows.notMeasured') : formatEnergy(value, unit)}
              </dd>
            </div>
          );
        })}
        <div className="flows-item" data-testid="flow" data-flow="socPercent">
          <dt>{t('flows.soc')}</dt>
          <dd className="num" data-value={shown.socPercent ?? ''}>
            {shown.socPercent === null
              ? t('flows.socUnknown')
              : `${formatNumber(shown.socPercent, 0)} %`}
            {shown.socAt !== null && (
              <span className="muted">
                {' '}
                {t('flows.socAt', { time: localTimeOf(shown.socAt, timeZone) })}
              </span>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
