/** One line of the portfolio table: a site (its name opens it) or a tag group's heading. */
import { memo } from 'react';
import type { PortfolioRow } from '../../../shared/domain';
import { formatCapacity, formatNumber } from '../../../shared/format';
import { Freshness } from '../common/Freshness';
import { Icon } from '../common/Icon';
import { StatusPill } from '../common/StatusPill';
import { ReconnectLink } from '../connections/ReconnectLink';
import { navigate } from '../hooks/useHashRoute';
import { siteHref } from '../model/route';
import { Sparkline } from './Sparkline';
import { VsExpectedCell } from './VsExpectedCell';
import { t } from '../i18n/t';

/** One unit and decimal count per numeric column, so the figures line up. */
export interface ColumnFormats {
  energyUnit: string;
  powerUnit: string;
  energy: (wh: number) => string;
  power: (w: number) => string;
}

/** The number of columns, for headings and spacers that span the table. */
export const COLUMN_COUNT = 8;

const noTags: readonly string[] = [];

/** A site's line. Only the line holding the table's keyboard stop is in the Tab order. */
export const SiteRow = memo(function SiteRow({
  row,
  index,
  now,
  formats,
  tags = noTags,
  tabbable,
  onEditTags,
}: {
  row: PortfolioRow;
  /** The line's place among the table's lines (0 = first below the header). */
  index: number;
  now: number;
  formats: ColumnFormats;
  tags?: readonly string[];
  tabbable: boolean;
  onEditTags?: (row: PortfolioRow) => void;
}) {
  const href = siteHref(row.site.id);
  const place = `${row.site.city}${row.site.country ? `, ${row.site.country}` : ''}`;
  const tabIndex = tabbable ? 0 : -1;
  return (
    <tr
      className="clickable"
      data-testid="site-row"
      data-site-id={row.site.id}
      data-index={index}
      aria-rowindex={index + 2}
      data-stale={row.stale || undefined}
      onClick={() => navigate(href)}
    >
      <td className="site-cell">
        <div className="site-cell-line">
          {/* The full name as a tooltip: long names are cut with an ellipsis. */}
          <a href={href} className="site-name" title={row.site.name} tabIndex={tabIndex}>
            {row.site.name}
          </a>
          {onEditTags && (
            <button
              type="button"
              className="tag-edit"
              tabIndex={tabIndex}
              aria-label={t('fleet.editTagsOf', { name: row.site.name })}
              title={t('fleet.editTags')}
              data-testid="edit-tags"
              onClick={(event) => {
                event.stopPropagation();
                onEditTags(row);
              }}
            >
              <Icon name="tag" size={14} />
            </button>
          )}
        </div>
        <div
          className="site-place"
          title={tags.length > 0 ? t('fleet.tagsTitle', { tags: tags.join(', ') }) : place}
        >
          {place}
          <span className="num"> · {formatCapacity(row.site.capacityW)}</span>
          {tags.map((tag) => (
            <span key={tag} className="tag-chip" data-testid="site-tag">
              {tag}
            </span>
          ))}
        </div>
      </td>
      <td data-testid="status" data-value={row.site.status}>
        <StatusPill status={row.site.status} detail={row.site.statusDetail} />
        {row.site.status === 'needs_reauth' && <ReconnectLink compact />}
      </td>
      <td className="numeric num" data-testid="today-energy" data-value={row.todayWh}>
        {formats.energy(row.todayWh)}
      </td>
      <td className="numeric num" data-testid="current-power" data-value={row.currentW}>
        {formats.power(row.currentW)}
      </td>
      <td className="numeric num" data-testid="specific-yield" data-value={row.specificYield}>
        {formatNumber(row.specificYield, 2)}
      </td>
      <VsExpectedCell value={row.vsExpected} />
      <td className="spark-cell">
        <Sparkline values={row.sparkline} capacityW={row.site.capacityW} />
      </td>
      <td
        className="numeric updated-cell"
        data-testid="updated"
        data-value={row.lastIntervalAt ?? ''}
        data-stale={row.stale}
      >
        <Freshness at={row.lastIntervalAt} now={now} stale={row.stale} short />
      </td>
    </tr>
  );
});

/** A tag group's heading line ("North campus · 12 sites"); untagged sites come last. */
export function GroupRow({
  tag,
  count,
  index,
}: {
  tag: string | null;
  count: number;
  index: number;
}) {
  return (
    <tr className="group-row" data-testid="group-row" data-index={index} aria-rowindex={index + 2}>
      <th scope="colgroup" colSpan={COLUMN_COUNT} data-tag={tag ?? ''}>
        <Icon name="tag" size={14} />
        <span className="group-name">{tag ?? t('fleet.noTag')}</span>{' '}
        <span className="group-count num">{t('fleet.groupCount', { count })}</span>
      </th>
    </tr>
  );
}
