/** The kiosk's site slide: name, today's figures in large type, today's power curve. */
import { formatNumber, specificYieldOf } from '../../../shared/format';
import { enalysis } from '../api';
import { StatusPill } from '../common/StatusPill';
import { useElementSize } from '../hooks/useElementSize';
import { useInvoke } from '../hooks/useInvoke';
import { siteEnergyParts, sitePowerParts } from '../model/siteUnits';
import { SiteChart } from '../site/SiteChart';
import { useAppState } from '../state/appContext';
import { t } from '../i18n/t';

/** One site slide. */
export function KioskSite({ siteId }: { siteId: string }) {
  const { energyUnit } = useAppState();
  const [chartBox, box] = useElementSize<HTMLDivElement>();
  const detail = useInvoke(`site.get:${siteId}`, () => enalysis().site.get({ siteId }));
  const d = detail.value;
  const series = useInvoke(d ? `site.series:${siteId}:day:${d.localDate}` : null, () =>
    enalysis().site.series({ siteId, range: 'day', anchor: d?.localDate ?? '' }),
  );
  if (!d) return null;
  const today = siteEnergyParts(d.todayWh, d.site.capacityW, energyUnit);
  const now = sitePowerParts(d.currentW, d.site.capacityW, energyUnit);
  return (
    <div className="kiosk-slide">
      <div className="kiosk-site-head">
        <h1 className="kiosk-title" title={d.site.name}>
          {d.site.name}
        </h1>
        <StatusPill status={d.site.status} detail={d.site.statusDetail} />
      </div>
      <div className="kiosk-subtitle">
        {d.site.city}, {d.site.country}
      </div>
      <div className="kiosk-figures">
        <div className="kiosk-figure">
          <div className="kiosk-figure-label">{t('kiosk.energyToday')}</div>
          <div className="kiosk-figure-value num">
            {today.value}
            <span>{today.unit}</span>
          </div>
        </div>
        <div className="kiosk-figure">
          <div className="kiosk-figure-label">{t('kiosk.powerNow')}</div>
          <div className="kiosk-figure-value num">
            {now.value}
            <span>{now.unit}</span>
          </div>
        </div>
        <div className="kiosk-figure">
          <div className="kiosk-figure-label">{t('kiosk.specificYield')}</div>
          <div className="kiosk-figure-value num">
            {formatNumber(specificYieldOf(d.todayWh, d.site.capacityW), 2)}
            <span>kWh/kWp</span>
          </div>
        </div>
      </div>
      {/* The chart takes whatever height the screen has left (legend: ~28 px). */}
      <div ref={chartBox} className="kiosk-chart">
        {series.value && box.height > 120 && (
          <SiteChart
            series={series.value}
            timeZone={d.site.timeZone}
            capacityW={d.site.capacityW}
            unit={energyUnit}
            pending={false}
            height={box.height - 28}
          />
        )}
      </div>
    </div>
  );
}
