/** The kiosk's fleet slide: three big numbers and a tile per site. */
import type { Portfolio } from '../../../shared/domain';
import { capacityParts, energyParts, powerParts, type Quantity } from '../../../shared/format';
import { StatusDot } from '../common/StatusPill';
import { useAppState } from '../state/appContext';

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
  return (
    <div className="kiosk-slide">
      <h1 className="kiosk-title">Fleet today</h1>
      <div className="kiosk-figures">
        <Big label="Energy today" quantity={energyParts(portfolio.totals.todayWh, energyUnit)} />
        <Big label="Power now" quantity={powerParts(portfolio.totals.currentW, energyUnit)} />
        <Big label="Installed" quantity={capacityParts(portfolio.totals.capacityW)} />
      </div>
      <div className="kiosk-tiles">
        {rows.map((row) => {
          const today = energyParts(row.todayWh, energyUnit);
          const now = powerParts(row.currentW, energyUnit);
          return (
            <div key={row.site.id} className="kiosk-tile">
              <div className="kiosk-tile-name">
                <StatusDot status={row.site.status} />
                {row.site.name}
              </div>
              <div className="kiosk-tile-city">{row.site.city}</div>
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
