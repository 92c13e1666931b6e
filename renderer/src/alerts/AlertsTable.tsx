/** The alerts as a table, sortable by lost energy, start and severity, with their actions. */
import type { Alert } from '../../../shared/alerts';
import { formatInstant, formatNumber } from '../../../shared/format';
import { t } from '../i18n/t';
import { formatAgo } from '../i18n/relative';
import { Icon } from '../common/Icon';
import { siteHref } from '../model/route';
import {
  formatDuration,
  ruleLabel,
  sortAlerts,
  subjectLabel,
  type AlertSort,
  type AlertSortKey,
} from '../model/alertsView';

/** What a row can do. */
export interface AlertActions {
  acknowledge(alert: Alert): void;
  snooze(alert: Alert): void;
  mute(alert: Alert): void;
}

function SortButton(props: {
  label: string;
  column: AlertSortKey;
  sort: AlertSort;
  onSort: (key: AlertSortKey) => void;
}) {
  const active = props.sort.key === props.column;
  const icon = active ? (props.sort.descending ? 'sortDown' : 'sortUp') : 'sortBoth';
  return (
    <button type="button" className="sort-button" onClick={() => props.onSort(props.column)}>
      {props.label}
      <Icon name={icon} size={14} />
    </button>
  );
}

/** See the module comment. */
export function AlertsTable(props: {
  alerts: readonly Alert[];
  siteNames: ReadonlyMap<string, string>;
  sort: AlertSort;
  onSort: (key: AlertSortKey) => void;
  now: number;
  actions: AlertActions | null;
}) {
  const { sort, onSort, now } = props;
  const ariaSort = (column: AlertSortKey) =>
    sort.key === column ? (sort.descending ? 'descending' : 'ascending') : undefined;
  return (
    <table className="data-table alerts-table" data-testid="alerts-table">
      <colgroup>
        <col />
        <col style={{ width: '18%' }} />
        <col style={{ width: '11%' }} />
        <col style={{ width: '10%' }} />
        <col style={{ width: '10%' }} />
        {props.actions && <col style={{ width: 290 }} />}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" aria-sort={ariaSort('severity')}>
            <SortButton
              label={t('alerts.colAlert')}
              column="severity"
              sort={sort}
              onSort={onSort}
            />
          </th>
          <th scope="col">{t('alerts.colWhere')}</th>
          <th scope="col" aria-sort={ariaSort('start')}>
            <SortButton label={t('alerts.colStarted')} column="start" sort={sort} onSort={onSort} />
          </th>
          <th scope="col">{t('alerts.colLasted')}</th>
          <th scope="col" className="numeric" aria-sort={ariaSort('lost')}>
            <SortButton label={t('alerts.colLost')} column="lost" sort={sort} onSort={onSort} />
          </th>
          {props.actions && (
            <th scope="col" className="actions-cell">
              <span className="visually-hidden">{t('alerts.colActions')}</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {sortAlerts(props.alerts, sort).map((alert) => (
          <tr
            key={alert.id}
            data-testid="alert-row"
            data-rule={alert.rule}
            data-site={alert.siteId ?? ''}
          >
            <td>
              <span className={`pill pill-alert-${alert.severity}`}>{ruleLabel(alert.rule)}</span>
              <div className="alert-summary">{alert.summary}</div>
            </td>
            <td>
              {alert.siteId ? (
                // The column is narrow: the full name is the link's tooltip.
                <a href={siteHref(alert.siteId)} title={subjectLabel(alert, props.siteNames)}>
                  {subjectLabel(alert, props.siteNames)}
                </a>
              ) : (
                subjectLabel(alert, props.siteNames)
              )}
            </td>
            <td title={formatInstant(alert.startAt)}>{formatAgo(alert.startAt, now)}</td>
            <td>{formatDuration(alert.startAt, alert.endAt, now)}</td>
            <td className="numeric num" data-testid="alert-lost" data-value={alert.lostKwh}>
              {alert.lostKwh > 0 ? `${formatNumber(alert.lostKwh, 1)} kWh` : '—'}
            </td>
            {props.actions && (
              <td className="actions-cell">
                <RowActions alert={alert} actions={props.actions} />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RowActions({ alert, actions }: { alert: Alert; actions: AlertActions }) {
  return (
    <div className="alert-actions">
      {alert.acknowledgedAt === null ? (
        <button type="button" className="button small" onClick={() => actions.acknowledge(alert)}>
          {t('alerts.acknowledge')}
        </button>
      ) : (
        <span className="muted">{t('alerts.seen')}</span>
      )}
      <button type="button" className="button small ghost" onClick={() => actions.snooze(alert)}>
        {t('alerts.snooze')}
      </button>
      <button
        type="button"
        className="button small ghost"
        title={t('alerts.muteTitle')}
        onClick={() => actions.mute(alert)}
      >
        {t('alerts.mute')}
      </button>
    </div>
  );
}
