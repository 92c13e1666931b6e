/**
 * Finding sites in a large fleet: search by name, city or tag; filter by status and provider;
 * group by tag. Pure, so what a facility manager sees for a query is tested with tables.
 */
import type { PortfolioRow, ProviderId, SiteStatus } from '../../../shared/domain';
import { STATUS_SEVERITY } from './status';

/** The tags of each site by site id (sites without tags may be absent). */
export type TagsBySite = ReadonlyMap<string, readonly string[]>;

/** What the person asked the table for. */
export interface PortfolioFilter {
  /** Words that must all appear in the site's name, city or one of its tags. */
  query: string;
  /** Only sites with this status (null: every status). */
  status: SiteStatus | null;
  /** Only sites of this provider (null: every provider). */
  provider: ProviderId | null;
  /** One section per tag (a site with two tags is in both), untagged sites last. */
  groupByTag: boolean;
}

/** Every site, ungrouped. */
export const NO_FILTER: PortfolioFilter = {
  query: '',
  status: null,
  provider: null,
  groupByTag: false,
};

const noTags: readonly string[] = [];

/** Text as search compares it: lower case, accents dropped ("Zürich" is found by "zurich"). */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('en');
}

/** The words of a query (spaces separate them; empty for a blank query). */
export function queryWords(query: string): string[] {
  return searchKey(query).split(/\s+/).filter(Boolean);
}

/** True when every word of the query is in the site's name, city or one of its tags. */
export function matchesSearch(
  row: PortfolioRow,
  words: readonly string[],
  tags: readonly string[] = noTags,
): boolean {
  if (words.length === 0) return true;
  const haystack = searchKey([row.site.name, row.site.city, ...tags].join('\n'));
  return words.every((word) => haystack.includes(word));
}

/** The rows the filter lets through, in the order given. */
export function filterRows(
  rows: readonly PortfolioRow[],
  filter: PortfolioFilter,
  tags: TagsBySite,
): PortfolioRow[] {
  const words = queryWords(filter.query);
  return rows.filter(
    (row) =>
      (filter.status === null || row.site.status === filter.status) &&
      (filter.provider === null || row.site.provider === filter.provider) &&
      matchesSearch(row, words, tags.get(row.site.id)),
  );
}

/** True when the filter hides any site (grouping alone hides none). */
export function isFiltering(filter: PortfolioFilter): boolean {
  return queryWords(filter.query).length > 0 || filter.status !== null || filter.provider !== null;
}

/** One line of the table: a group's heading or a site. */
export type TableItem =
  | { kind: 'group'; key: string; tag: string | null; count: number }
  | { kind: 'site'; key: string; row: PortfolioRow };

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/**
 * The table's lines for sorted rows: the rows themselves, or with `groupByTag` a heading per
 * tag (A→Z, the spelling first met kept) followed by its sites in the given order, and the
 * untagged sites last under a null tag.
 */
export function tableItems(
  sorted: readonly PortfolioRow[],
  groupByTag: boolean,
  tags: TagsBySite,
): TableItem[] {
  if (!groupByTag) return sorted.map((row) => ({ kind: 'site', key: row.site.id, row }));
  const groups = new Map<string, { tag: string; rows: PortfolioRow[] }>();
  const untagged: PortfolioRow[] = [];
  for (const row of sorted) {
    const own = tags.get(row.site.id) ?? noTags;
    if (own.length === 0) untagged.push(row);
    for (const tag of own) {
      const key = searchKey(tag);
      const group = groups.get(key) ?? { tag, rows: [] };
      group.rows.push(row);
      groups.set(key, group);
    }
  }
  const ordered = [...groups.entries()].sort(([, a], [, b]) => collator.compare(a.tag, b.tag));
  const items: TableItem[] = [];
  for (const [key, group] of ordered) {
    items.push({ kind: 'group', key: `tag:${key}`, tag: group.tag, count: group.rows.length });
    for (const row of group.rows) items.push({ kind: 'site', key: `${key}\n${row.site.id}`, row });
  }
  if (untagged.length > 0 && ordered.length > 0) {
    items.push({ kind: 'group', key: 'untagged', tag: null, count: untagged.length });
  }
  for (const row of untagged) items.push({ kind: 'site', key: `\n${row.site.id}`, row });
  return items;
}

/** How many sites have each status and each provider, for the filter menus (worst first). */
export function facets(rows: readonly PortfolioRow[]): {
  statuses: [SiteStatus, number][];
  providers: [ProviderId, number][];
} {
  const statuses = new Map<SiteStatus, number>();
  const providers = new Map<ProviderId, number>();
  for (const { site } of rows) {
    statuses.set(site.status, (statuses.get(site.status) ?? 0) + 1);
    providers.set(site.provider, (providers.get(site.provider) ?? 0) + 1);
  }
  return {
    statuses: [...statuses].sort(([a], [b]) => STATUS_SEVERITY[b] - STATUS_SEVERITY[a]),
    providers: [...providers].sort(([a], [b]) => a.localeCompare(b)),
  };
}

/** Every tag in use, A→Z, one spelling per tag (for suggestions while typing). */
export function knownTags(tags: TagsBySite): string[] {
  const byKey = new Map<string, string>();
  for (const list of tags.values())
    for (const tag of list) if (!byKey.has(searchKey(tag))) byKey.set(searchKey(tag), tag);
  return [...byKey.values()].sort(collator.compare);
}
