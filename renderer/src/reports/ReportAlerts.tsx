/**
 * The report's alerts section: each site alert of the period with its start and end in the
 * site's own time, the rule in words and the energy it cost, and the total lost.
 */
import type { Report } from '../../../shared/report';
import { formatNumber } from '../../../shared/format';
import { reportTime } from './reportFormat';
import { t } from '../i18n/t';
import { ruleLabel } from '../model/alertsView';

/** The alerts table, or a sentence saying there were none. */
export function ReportAlerts({ report }: { report: Report }) {
  const zones = new Map(report.sites.map((s) => [s.siteId, s.timeZone]));
  return (
    <section className="report-section" data-testid="report-alerts">
      <h2>{t('report.alerts')}</h2>
      {report.alerts.length === 0 ? (
        <p>{t('report.noAlerts')}</p>
      ) : (
        <>
          <p data-testid="report-lost">
            {t('report.alertsLost', {
              count: report.alerts.length,
              lost: formatNumber(report.totals.lostKwh, 1),
            })}
          </p>
          <table className="report-table report-alerts-table">
            <thead>
              <tr>
                <th>{t('report.colSite')}</th>
                <th>{t('report.colAlert')}</th>
                <th>{t('report.colStart')}</th>
                <th>{t('report.colEnd')}</th>
                <th className="num">{t('report.colLost')}</th>
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
                    <td>{ruleLabel(alert.rule)}</td>
                    <td className="num">{reportTime(alert.startAt, zone)}</td>
                    <td className="num">
                      {alert.endAt === null ? t('report.stillOpen') : reportTime(alert.endAt, zone)}
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
