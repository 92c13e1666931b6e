/**
 * The report as a document: headline figures, expected vs actual, energy against last year, the
 * ranking by specific yield, the per-site table and the alerts. The same component is the print
 * layout and the in-app preview.
 */
import type { Report } from '../../../shared/report';
import { formatCo2, formatLocalDate, formatMoney, formatNumber } from '../../../shared/format';
import { ReportAlerts } from './ReportAlerts';
import { ReportEnergyChart, ReportRankingChart } from './ReportCharts';
import { changeAgainst, periodTitle, reportKwh, reportPercent, scopeTitle } from './reportFormat';
import { t } from '../i18n/t';

function Figure({
  label,
  value,
  unit,
  foot,
  testId,
}: {
  label: string;
  value: string;
  unit?: string;
  foot?: string | null;
  testId: string;
}) {
  return (
    <div className="report-figure" data-testid={testId}>
      <div className="report-figure-label">{label}</div>
      <div className="report-figure-value num">
        {value}
        {unit && <span className="report-figure-unit"> {unit}</span>}
      </div>
      {foot && <div className="report-figure-foot">{foot}</div>}
    </div>
  );
}

/** The whole report. */
export function ReportDocument({ report }: { report: Report }) {
  const { totals, period } = report;
  const running = period.through < period.to;
  const change = changeAgainst(totals.wh, totals.previousWh);
  const generated = new Date(report.generatedAt * 1000).toISOString().slice(0, 10);
  return (
    <article className="report" data-testid="report">
      <header className="report-header">
        <div className="report-brand">{t('report.brand')}</div>
        <h1>
          {scopeTitle(report)} — {periodTitle(period)}
        </h1>
        <p className="report-sub">
          {running
            ? t('report.subRunning', {
                count: report.sites.length,
                through: formatLocalDate(period.through),
                generated,
              })
            : t('report.sub', { count: report.sites.length, generated })}
        </p>
      </header>
      <section className="report-figures">
        <Figure
          label={t('report.energy')}
          value={reportKwh(totals.wh)}
          unit="kWh"
          testId="report-energy"
          foot={change ? t('report.vsLastYear', { change }) : t('report.noLastYear')}
        />
        <Figure
          label={t('report.index')}
          value={reportPercent(totals.performanceIndex)}
          testId="report-index"
          foot={t('report.ofExpected', { kwh: reportKwh(totals.expectedWh) })}
        />
        <Figure
          label={t('report.yield')}
          value={formatNumber(totals.specificYield, 2)}
          unit="kWh/kWp"
          testId="report-yield"
        />
        <Figure
          label={t('report.availability')}
          value={reportPercent(totals.availability)}
          testId="report-availability"
          foot={t('report.daylight')}
        />
        <Figure
          label={t('report.savedFigure')}
          value={formatMoney(totals.savings, report.currency)}
          testId="report-savings"
          foot={totals.savings === 0 && totals.wh > 0 ? t('report.noPrices') : null}
        />
        <Figure label={t('report.co2')} value={formatCo2(totals.co2Kg)} testId="report-co2" />
      </section>
      <p className="report-expected" data-testid="report-expected">
        {t(totals.lostKwh > 0 ? 'report.produced' : 'report.producedNoLoss', {
          who: report.scope.kind === 'fleet' ? t('report.theFleet') : report.scope.name,
          kwh: reportKwh(totals.wh),
          expected: reportKwh(totals.expectedWh),
          index: reportPercent(totals.performanceIndex),
          lost: formatNumber(totals.lostKwh, 1),
        })}
      </p>
      <section className="report-section">
        <h2>{period.kind === 'month' ? t('report.energyPerDay') : t('report.energyPerMonth')}</h2>
        <div className="report-legend">
          <span className="legend-item">
            <span className="swatch swatch-current" aria-hidden="true" /> {periodTitle(period)}
          </span>
          <span className="legend-item">
            <span className="swatch swatch-previous" aria-hidden="true" /> {t('report.lastYear')}
          </span>
        </div>
        <ReportEnergyChart report={report} />
      </section>
      <section className="report-section report-keep">
        <h2>{t('report.ranking')}</h2>
        <ReportRankingChart report={report} />
      </section>
      <section className="report-section">
        <h2>{t('report.sites')}</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('report.colSite')}</th>
              <th className="num">{t('report.colEnergy')}</th>
              <th className="num">{t('report.colExpected')}</th>
              <th className="num">{t('report.colIndex')}</th>
              <th className="num">{t('report.colYield')}</th>
              <th className="num">{t('report.colVsLastYear')}</th>
              <th className="num">{t('report.colAvailability')}</th>
              <th className="num">{t('report.colSaved', { currency: report.currency })}</th>
              <th className="num">{t('report.colCo2')}</th>
            </tr>
          </thead>
          <tbody>
            {report.sites.map((site, i) => (
              <tr
                key={site.siteId}
                data-testid="report-site"
                data-site={site.siteId}
                data-wh={site.wh}
              >
                <td className="num">{i + 1}</td>
                <td>
                  <div className="report-site-name">{site.name}</div>
                  <div className="report-site-place">
                    {site.city}
                    {site.country ? `, ${site.country}` : ''} · {site.timeZone}
                  </div>
                </td>
                <td className="num">{reportKwh(site.wh)}</td>
                <td className="num">{reportKwh(site.expectedWh)}</td>
                <td className="num">{reportPercent(site.performanceIndex)}</td>
                <td className="num">{formatNumber(site.specificYield, 2)}</td>
                <td className="num">{changeAgainst(site.wh, site.previousWh) ?? '–'}</td>
                <td className="num">{reportPercent(site.availability)}</td>
                <td className="num">{formatNumber(site.savings, 2)}</td>
                <td className="num">{formatCo2(site.co2Kg)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <ReportAlerts report={report} />
      <footer className="report-notes">
        <p>
          {t('report.notes')} {report.factorSource}
        </p>
      </footer>
    </article>
  );
}
