/** A site's alert history on its page: open and past alerts, the costliest first. */
import { useState } from 'react';
import type { Alert } from '../../../shared/alerts';
import { nextSort, type AlertSort } from '../model/alertsView';
import { AlertsTable } from './AlertsTable';
import { t } from '../i18n/t';

/** The card; nothing while the site has never had an alert. */
export function SiteAlerts(props: {
  siteId: string;
  siteName: string;
  now: number;
  /** The site's alerts (useSiteAlerts), shared with the chart's markers. */
  alerts: Alert[];
}) {
  const [sort, setSort] = useState<AlertSort>({ key: 'start', descending: true });
  const { alerts } = props;
  if (alerts.length === 0) return null;
  return (
    <section className="card" data-testid="site-alerts">
      <div className="card-header">
        <h2>{t('alerts.title')}</h2>
        <a className="hint" href="#/alerts">
          {t('alerts.siteAll')}
        </a>
      </div>
      <AlertsTable
        alerts={alerts}
        siteNames={new Map([[props.siteId, props.siteName]])}
        sort={sort}
        onSort={(key) => setSort(nextSort(sort, key))}
        now={props.now}
        actions={null}
      />
    </section>
  );
}
