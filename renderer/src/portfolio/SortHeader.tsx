/** A sortable column header: a real button, aria-sort for screen readers, one arrow icon. */
import type { SortKey, SortState } from '../model/portfolioSort';
import { Icon } from '../common/Icon';

/** One header cell. */
export function SortHeader({
  label,
  sortKey,
  sort,
  onSort,
  numeric = false,
  unit,
  title,
}: {
  label: string;
  /** The column's unit, shown once in the header instead of on every row. */
  unit?: string;
  sortKey: SortKey;
  sort: SortState;
  onSort: (key: SortKey) => void;
  numeric?: boolean;
  /** What the column means, when its label alone does not say. */
  title?: string;
}) {
  const active = sort.key === sortKey;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const icon = active ? (sort.direction === 'asc' ? 'sortUp' : 'sortDown') : 'sortBoth';
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'numeric' : undefined} title={title}>
      <button
        type="button"
        className={`sort-button${active ? ' active' : ''}`}
        onClick={() => onSort(sortKey)}
        data-testid={`sort-${sortKey}`}
      >
        <span className="th-text">
          {label}
          {unit && <span className="th-unit">{unit}</span>}
        </span>
        <Icon name={icon} size={12} />
      </button>
    </th>
  );
}
