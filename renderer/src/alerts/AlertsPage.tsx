/**
 * Alerts: what watching the fleet found, open or past, sortable by the energy it cost; each can
 * be acknowledged, snoozed for a day or muted for that site and rule; mutes can be lifted here.
 */
import { useState } from 'react';
import type { Alert, AlertSilence } from '../../../shared/alerts';
import { enalysis, settle } from '../api';
import { EmptyState } from '../common/EmptyState';
import { ErrorNotice } from '../common/ErrorNotice';
import { Segmented } from '../common/Segmented';
import { useEvent } from '../hooks/useEvent';
import { useInvoke } from '../hooks/useInvoke';
import { useNow } from '../hooks/useNow';
import { nextSort, ruleLabel, SNOOZE_HOURS, type AlertSort } from '../model/alertsView';
import { formatInstant } from '../../../shared/format';
import { t } from '../i18n/t';
import { usePortfolio } from '../state/portfolioContext';
import { AlertsTable } from './AlertsTable';

type Scope = 'open' | 'past';

const scopes = (): { value: Scope; label: string }[] => [
  { value: 'open', label: t('alerts.open') },
  { value: 'past', label: t('alerts.past') },
];
/** The Alerts page. */
export function AlertsPage() {
  const [scope, setScope] = useState<Scope>('open');
  const [sort, setSort] = useState<AlertSort>({ key: 'lost', descending: true });
  const now = useNow();
  const list = useInvoke(`alerts:${scope}`, () => enalysis().alerts.list({ scope }));
  useEvent('alerts-changed', () => list.reload());
  const rows = usePortfolio().lastValue?.rows ?? [];
  const siteNames = new Map(rows.map((r) => [r.site.id, r.site.name]));
  const data = list.lastValue;

  const act = (call: () => Promise<unknown>) => void call().then(() => list.reload());
  const actions = {
    acknowledge: (a: Alert) => act(() => settle(() => enalysis().alerts.acknowledge({ id: a.id }))),
    snooze: (a: Alert) =>
      act(() =>
        settle(() =>
          enalysis().alerts.silence({
            subject: a.subject,
            rule: a.rule,
            until: now + SNOOZE_HOURS * 3600,
          }),
        ),
      ),
    mute: (a: Alert) =>
      act(() =>
        settle(() => enalysis().alerts.silence({ subject: a.subject, rule: a.rule, until: null })),
      ),
  };
  const unsilence = (s: AlertSilence) =>
    act(() => settle(() => enalysis().alerts.unsilence({ subject: s.subject, rule: s.rule })));
  const silences = (data?.silences ?? []).filter((s) => s.until === null || s.until > now);

  return (
    <div className="page">
      <header className="page-header alerts-header">
        <div>
          <h1>{t('alerts.title')}</h1>
          <p className="page-subtitle">{t('alerts.subtitle')}</p>
        </div>
        <Segmented
          label={t('alerts.which')}
          options={scopes()}
          value={scope}
          onChange={setScope}
          testId={(s) => `alerts-scope-${s}`}
        />
      </header>
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      <section className="card">
        {data && data.alerts.length === 0 ? (
          <EmptyState
            title={scope === 'open' ? t('alerts.noneOpenTitle') : t('alerts.nonePastTitle')}
          >
            {scope === 'open' ? t('alerts.noneOpenBody') : t('alerts.nonePastBody')}
          </EmptyState>
        ) : (
          data && (
            <AlertsTable
              alerts={data.alerts}
              siteNames={siteNames}
              sort={sort}
              onSort={(key) => setSort(nextSort(sort, key))}
              now={now}
              actions={scope === 'open' ? actions : null}
            />
          )
        )}
      </section>
      {silences.length > 0 && (
        <section className="card silences" data-testid="silences">
          <div className="card-header">
            <h2>{t('alerts.silenced')}</h2>
          </div>
          <ul>
            {silences.map((s) => (
              <li key={`${s.subject}|${s.rule}`}>
                <span>
                  {s.rule === '*' ? t('alerts.allAlerts') : ruleLabel(s.rule)} ·{' '}
                  {siteNames.get(s.subject.replace(/^site:/, '')) ?? s.subject} ·{' '}
                  {s.until === null
                    ? t('alerts.muted')
                    : t('alerts.until', { time: formatInstant(s.until) })}
                </span>
                <button type="button" className="button small" onClick={() => unsilence(s)}>
                  {s.until === null ? t('alerts.unmute') : t('alerts.wake')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
