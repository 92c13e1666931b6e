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
        <div className="report-brand">Enalysis · Production report</div>
        <h1>
          {scopeTitle(report)} — {periodTitle(period)}
        </h1>
        <p className="report-sub">
          {report.sites.length} {report.sites.length === 1 ? 'site' : 'sites'} · each site’s own
          local calendar
          {running ? ` · through ${formatLocalDate(period.through)} (period still running)` : ''} ·
          generated {generated}
        </p>
      </header>
      <section className="report-figures">
        <Figure
          label="Energy"
          value={reportKwh(totals.wh)}
          unit="kWh"
          testId="report-energy"
          foot={change ? `${change} vs last year` : 'no data for last year'}
        />
        <Figure
          label="Performance index"
          value={reportPercent(totals.performanceIndex)}
          testId="report-index"
          foot={`of ${reportKwh(totals.expectedWh)} kWh expected`}
        />
        <Figure
          label="Specific yield"
          value={formatNumber(totals.specificYield, 2)}
          unit="kWh/kWp"
          testId="report-yield"
        />
        <Figure
          label="Availability"
          value={reportPercent(totals.availability)}
          testId="report-availability"
          foot="daylight with data"
        />
        <Figure
          label="Saved"
          value={formatMoney(totals.savings, report.currency)}
          testId="report-savings"
          foot={totals.savings === 0 && totals.wh > 0 ? 'no prices set (Settings)' : null}
        />
        <Figure label="CO₂ avoided" value={formatCo2(totals.co2Kg)} testId="report-co2" />
      </section>
      <p className="report-expected" data-testid="report-expected">
        {report.scope.kind === 'fleet' ? 'The fleet' : report.scope.name} produced{' '}
        {reportKwh(totals.wh)} kWh where {reportKwh(totals.expectedWh)} kWh was expected: a
        performance index of {reportPercent(totals.performanceIndex)}
        {totals.lostKwh > 0
          ? `; alerts cost ${formatNumber(totals.lostKwh, 1)} kWh.`
          : '; no energy was lost to alerts.'}
      </p>
      <section className="report-section">
        <h2>Energy per {period.kind === 'month' ? 'day' : 'month'} (kWh)</h2>
        <div className="report-legend">
          <span className="legend-item">
            <span className="swatch swatch-current" aria-hidden="true" /> {periodTitle(period)}
          </span>
          <span className="legend-item">
            <span className="swatch swatch-previous" aria-hidden="true" /> Same period last year
          </span>
        </div>
        <ReportEnergyChart report={report} />
      </section>
      <section className="report-section report-keep">
        <h2>Ranking by specific yield (kWh/kWp)</h2>
        <ReportRankingChart report={report} />
      </section>
      <section className="report-section">
        <h2>Sites</h2>
        <table className="report-table">
          <thead>
            <tr>
              <th>#</th>
              <th>Site</th>
              <th className="num">Energy (kWh)</th>
              <th className="num">Expected (kWh)</th>
              <th className="num">Perf. index</th>
              <th className="num">Yield (kWh/kWp)</th>
              <th className="num">vs last year</th>
              <th className="num">Availability</th>
              <th className="num">Saved ({report.currency})</th>
              <th className="num">CO₂ avoided</th>
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
          Energy is summed over each site’s local days; “vs last year” compares the same local dates
          one year earlier. “Expected” is the clear-sky production the alerts use, scaled by each
          site’s performance ratio as learned today; the performance index is energy over expected.
          An alert’s lost energy is the whole alert’s, also where it runs past the period.
          Availability is the share of daylight (15-minute slots with the sun up) in which the site
          delivered data, judged where 5-minute data is stored. Savings use each site’s electricity
          and feed-in prices and self-consumption share. {report.factorSource}
        </p>
      </footer>
    </article>
  );
}
