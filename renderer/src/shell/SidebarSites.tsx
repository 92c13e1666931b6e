/**
 * The sidebar's site list, built for fleets of any size: A→Z, a search field once the list is
 * long, at most {@link SIDEBAR_CAP} links (the portfolio table holds the rest), and ONE Tab stop
 * that arrow keys move through, so the keyboard reaches the page without walking every site.
 */
import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { PortfolioRow } from '../../../shared/domain';
import { StatusDot } from '../common/StatusPill';
import { matchesSearch, queryWords } from '../model/portfolioFilter';
import type { Route } from '../model/route';
import { siteHref } from '../model/route';
import { rowKeyTarget } from '../model/virtualRows';
import { useSiteTags } from '../tags/tagsContext';
import { t } from '../i18n/t';

/** The most site links the sidebar shows at once. */
export const SIDEBAR_CAP = 40;
/** Lists longer than this get a search field. */
const SEARCH_ABOVE = 10;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** The list; `rows` is every site of the portfolio. */
export function SidebarSites({ rows, route }: { rows: readonly PortfolioRow[]; route: Route }) {
  const tags = useSiteTags().bySite;
  const [query, setQuery] = useState('');
  const [focusId, setFocusId] = useState<string | null>(null);
  const list = useRef<HTMLUListElement>(null);
  const sorted = useMemo(
    () => [...rows].sort((a, b) => collator.compare(a.site.name, b.site.name)),
    [rows],
  );
  const words = queryWords(query);
  const matching = sorted.filter((row) => matchesSearch(row, words, tags.get(row.site.id)));
  const shown = matching.slice(0, SIDEBAR_CAP);
  const currentId = route.page === 'site' ? route.siteId : null;
  const stopId =
    [focusId, currentId].find((id) => shown.some((r) => r.site.id === id)) ??
    shown[0]?.site.id ??
    null;

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const from = shown.findIndex((r) => r.site.id === stopId);
    const to = rowKeyTarget(event.key, Math.max(0, from), shown.length, 10);
    if (to === null) return;
    event.preventDefault();
    const id = shown[to]?.site.id ?? null;
    setFocusId(id);
    list.current?.querySelectorAll<HTMLElement>('a.site-link')[to]?.focus();
  };

  return (
    <>
      {rows.length > SEARCH_ABOVE && (
        <input
          type="search"
          className="sidebar-search"
          data-testid="sidebar-search"
          placeholder={t('fleet.sidebarFind')}
          aria-label={t('fleet.sidebarFindLabel')}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
      )}
      <ul className="site-list" aria-label={t('nav.sites')} ref={list} onKeyDown={onKeyDown}>
        {shown.map((row) => (
          <li key={row.site.id}>
            <a
              className="site-link"
              href={siteHref(row.site.id)}
              title={row.site.name}
              tabIndex={row.site.id === stopId ? 0 : -1}
              onFocus={() => setFocusId(row.site.id)}
              aria-current={currentId === row.site.id ? 'page' : undefined}
            >
              <StatusDot status={row.site.status} />
              <span>{row.site.name}</span>
            </a>
          </li>
        ))}
      </ul>
      {matching.length > shown.length && (
        <p className="site-list-more" data-testid="sidebar-more">
          {t('fleet.sidebarShown', { shown: shown.length, total: matching.length })}{' '}
          <a href="#/">{t('fleet.sidebarAll')}</a>
        </p>
      )}
      {matching.length === 0 && query.trim() !== '' && (
        <p className="site-list-more" data-testid="sidebar-none">
          {t('fleet.sidebarNone')}
        </p>
      )}
    </>
  );
}
