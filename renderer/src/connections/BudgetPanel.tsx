/**
 * How many requests the app may still make this month, per provider, and the refresh interval
 * the scheduler derived from that: the honest answer to "why is my data 40 minutes old?".
 */
import type { IpcError } from '../../../shared/contract';
import type { Budget, ProviderInfo } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { budgetUsage } from './budgetView';
import { providerName } from './connectionView';
import { t } from '../i18n/t';

function BudgetRow({ budget, name }: { budget: Budget; name: string }) {
  const usage = budgetUsage(budget);
  return (
    <div className="budget" data-testid="budget" data-provider={budget.provider}>
      <div className="budget-head">
        <h3>{name}</h3>
        <span className="muted">
          {t('budget.plan', { plan: budget.plan })}{' '}
          <span className="num" data-testid="budget-share">
            {formatNumber(budget.sharePercent, 0)} %
          </span>{' '}
          {t('budget.perMinute', { count: formatNumber(budget.perMinuteLimit, 0) })}
        </span>
      </div>
      <div className="budget-usage">
        <span className="budget-used-text num">{usage.text}</span>
        <span className="num muted">{usage.percentText}</span>
      </div>
      <div
        className={`budget-bar budget-${usage.tone}`}
        role="meter"
        aria-label={t('budget.meter')}
        aria-valuemin={0}
        aria-valuemax={usage.limit}
        aria-valuenow={usage.used}
        data-testid="budget-used"
        data-used={usage.used}
        data-limit={usage.limit}
      >
        <span style={{ width: `${usage.ratio * 100}%` }} />
      </div>
      <p className="budget-explanation" data-testid="budget-explanation">
        {budget.explanation}
      </p>
    </div>
  );
}

/**
 * The budget card. Each provider with a quota says how it works and what this installation may
 * spend (its descriptor's sentence, from providers.list), before any account is connected too.
 */
export function BudgetPanel({
  budgets,
  error,
  providers,
  onRetry,
}: {
  budgets: Budget[] | null;
  error: IpcError | null;
  providers: readonly ProviderInfo[] | null;
  onRetry: () => void;
}) {
  const counted = (providers ?? []).filter((provider) => provider.quota.kind !== 'none');
  return (
    <section className="card" data-testid="budget-panel">
      <div className="card-header">
        <h2>{t('budget.title')}</h2>
        <a className="button small" href="#/settings">
          {t('budget.settings')}
        </a>
      </div>
      <div className="card-body budget-body">
        {error && <ErrorNotice error={error} onRetry={onRetry} />}
        {budgets === null ? (
          !error && <Skeleton height={64} />
        ) : budgets.length === 0 ? (
          <p className="muted" data-testid="budget-none">
            {t('budget.none')}
          </p>
        ) : (
          budgets.map((budget) => (
            <BudgetRow
              key={budget.provider}
              budget={budget}
              name={providerName(providers ?? undefined, budget.provider)}
            />
          ))
        )}
        {counted.map((provider) => (
          <p className="budget-note" key={provider.id} data-testid="quota-sentence">
            {provider.quota.sentence}
          </p>
        ))}
      </div>
    </section>
  );
}
