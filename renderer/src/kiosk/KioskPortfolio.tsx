/** The kiosk's fleet slide: three big numbers and a tile per site. */
import type { Portfolio } from '../../../shared/domain';
import {
  capacityParts,
  columnFormatter,
  energyParts,
  energyScale,
  powerParts,
  powerScale,
  type Quantity,
} from '../../../shared/format';
import { localTimeOf } from '../../../shared/time';
import { StatusDot } from '../common/StatusPill';
import { useAppState } from '../state/appContext';
import { t } from '../i18n/t';

function Big({ label, quantity }: { label: string; quantity: Quantity }) {
  return (
    <div className="kiosk-figure">
      <div className="kiosk-figure-label">{label}</div>
      <div className="kiosk-figure-value num">
        {quantity.value}
        <span>{quantity.unit}</span>
      </div>
    </div>
  );
}

/** The fleet slide. */
export function KioskPortfolio({ portfolio }: { portfolio: Portfolio | null }) {
  const { energyUnit } = useAppState();
  if (!portfolio) return null;
  const rows = [...portfolio.rows].sort((a, b) => a.site.name.localeCompare(b.site.name));
  // One unit across all tiles, as in the portfolio table: "0 Wh" beside "519 kWh" misleads.
  const maxWh = Math.max(0, ...rows.map((r) => r.todayWh));
  const maxW = Math.max(0, ...rows.map((r) => r.currentW));
  const energy = energyScale(maxWh, energyUnit);
  const power = powerScale(maxW, energyUnit);
  const formatEnergy = columnFormatter(energy, maxWh);
  const formatPower = columnFormatter(power, maxW);
  return (
    <div className="kiosk-slide">
      <h1 className="kiosk-title">{t('kiosk.fleetToday')}</h1>
      <div className="kiosk-figures">
        <Big
          label={t('kiosk.energyToday')}
          quantity={energyParts(portfolio.totals.todayWh, energyUnit)}
        />
        <Big
          label={t('kiosk.powerNow')}
          quantity={powerParts(portfolio.totals.currentW, energyUnit)}
        />
        <Big label={t('kiosk.installed')} quantity={capacityParts(portfolio.totals.capacityW)} />
      </div>
      <div className="kiosk-tiles">
        {rows.map((row) => {
          const today = { value: formatEnergy(row.todayWh), unit: energy.unit };
          const now = { value: formatPower(row.currentW), unit: power.unit };
          return (
            <div key={row.site.id} className="kiosk-tile">
              <div className="kiosk-tile-name" title={row.site.name}>
                <StatusDot status={row.site.status} />
                <span>{row.site.name}</span>
              </div>
              <div className="kiosk-tile-city">
                {row.site.city}
                {row.daylight.night && (
                  <span data-testid="kiosk-night">
                    {row.daylight.nextSunrise !== null
                      ? t('kiosk.nightSunrise', {
                          time: localTimeOf(row.daylight.nextSunrise, row.site.timeZone),
                        })
                      : t('kiosk.night')}
                  </span>
                )}
              </div>
              <div className="kiosk-tile-values num">
                <span>
                  {today.value} <small>{today.unit}</small>
                </span>
                <span>
                  {now.value} <small>{now.unit}</small>
                </span>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
