/**
 * Finding sites in a large fleet: a search field (name, city or tag), status and provider
 * filters with their counts, and grouping by tag. The count of what is shown is announced.
 */
import type { PortfolioRow, ProviderId, SiteStatus } from '../../../shared/domain';
import { Icon } from '../common/Icon';
import { providerName } from '../connections/connectionView';
import { enalysis } from '../api';
import { useInvoke } from '../hooks/useInvoke';
import { facets, isFiltering, NO_FILTER, type PortfolioFilter } from '../model/portfolioFilter';
import { STATUS_LABEL } from '../model/status';
import { t } from '../i18n/t';

/** The toolbar above the table; `shown` is how many sites the filter lets through. */
export function PortfolioToolbar({
  rows,
  shown,
  filter,
  onChange,
}: {
  rows: readonly PortfolioRow[];
  shown: number;
  filter: PortfolioFilter;
  onChange: (filter: PortfolioFilter) => void;
}) {
  const providers = useInvoke('providers.list', () => enalysis().providers.list());
  const { statuses, providers: present } = facets(rows);
  const set = (patch: Partial<PortfolioFilter>) => onChange({ ...filter, ...patch });
  const filtering = isFiltering(filter);
  return (
    <div className="portfolio-toolbar" role="search" aria-label={t('fleet.findSites')}>
      <div className="search-field">
        <Icon name="search" size={14} />
        <input
          type="search"
          className="search-input"
          data-testid="site-search"
          placeholder={t('fleet.searchPlaceholder')}
          aria-label={t('fleet.searchLabel')}
          value={filter.query}
          onChange={(event) => set({ query: event.target.value })}
        />
      </div>
      <select
        className="filter-select"
        data-testid="filter-status"
        aria-label={t('fleet.status')}
        value={filter.status ?? ''}
        onChange={(event) => set({ status: (event.target.value || null) as SiteStatus | null })}
      >
        <option value="">{t('fleet.allStatuses')}</option>
        {statuses.map(([status, count]) => (
          <option key={status} value={status}>
            {t('fleet.option', { label: STATUS_LABEL[status], count })}
          </option>
        ))}
      </select>
      <select
        className="filter-select"
        data-testid="filter-provider"
        aria-label={t('fleet.provider')}
        value={filter.provider ?? ''}
        onChange={(event) => set({ provider: (event.target.value || null) as ProviderId | null })}
      >
        <option value="">{t('fleet.allProviders')}</option>
        {present.map(([provider, count]) => (
          <option key={provider} value={provider}>
            {t('fleet.option', {
              label: providerName(providers.lastValue?.providers, provider),
              count,
            })}
          </option>
        ))}
      </select>
      <label className="check-field">
        <input
          type="checkbox"
          data-testid="group-by-tag"
          checked={filter.groupByTag}
          onChange={(event) => set({ groupByTag: event.target.checked })}
        />
        {t('fleet.groupByTag')}
      </label>
      <span className="filter-count" role="status" data-testid="filter-count">
        {filtering ? t('fleet.shownOf', { shown, total: rows.length }) : ''}
      </span>
      {filtering && (
        <button
          type="button"
          className="button small"
          data-testid="filter-clear"
          onClick={() => onChange({ ...NO_FILTER, groupByTag: filter.groupByTag })}
        >
          {t('fleet.clear')}
        </button>
      )}
    </div>
  );
}
