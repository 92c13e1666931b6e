/**
 * The report's alerts section: each site alert of the period with its start and end in the
 * site's own time, the rule in words and the energy it cost, and the total lost.
 */
import { RULE_LABEL } from '../../../shared/alert-rules';
import type { Report } from '../../../shared/report';
import { formatNumber } from '../../../shared/format';
import { reportTime } from './reportFormat';

/** The alerts table, or a sentence saying there were none. */
export function ReportAlerts({ report }: { report: Report }) {
  const zones = new Map(report.sites.map((s) => [s.siteId, s.timeZone]));
  return (
    <section className="report-section" data-testid="report-alerts">
      <h2>Alerts</h2>
      {report.alerts.length === 0 ? (
        <p>No site alerts in this period.</p>
      ) : (
        <>
          <p data-testid="report-lost">
            {report.alerts.length} {report.alerts.length === 1 ? 'alert' : 'alerts'} in this period
            cost {formatNumber(report.totals.lostKwh, 1)} kWh in all.
          </p>
          <table className="report-table report-alerts-table">
            <thead>
              <tr>
                <th>Site</th>
                <th>Alert</th>
                <th>Start (site time)</th>
                <th>End (site time)</th>
                <th className="num">Energy lost (kWh)</th>
              </tr>
            </thead>
            <tbody>
              {report.alerts.map((alert) => {
                const zone = zones.get(alert.siteId) ?? 'UTC';
                return (
                  <tr
                    key={`${alert.siteId}|${alert.rule}|${alert.startAt}`}
                    data-testid="report-alert"
                    data-site={alert.siteId}
                    data-lost={alert.lostKwh}
                  >
                    <td className="report-site-name">{alert.siteName}</td>
                    <td>{RULE_LABEL[alert.rule]}</td>
                    <td className="num">{reportTime(alert.startAt, zone)}</td>
                    <td className="num">
                      {alert.endAt === null ? 'still open' : reportTime(alert.endAt, zone)}
                    </td>
                    <td className="num">{formatNumber(alert.lostKwh, 1)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
