/** Range choice (Day … Lifetime) and period navigation (previous, next, today) for the site chart. */
import type { SeriesRange } from '../../../shared/domain';
import { formatPeriod } from '../../../shared/format';
import { Icon } from '../common/Icon';
import { Segmented } from '../common/Segmented';
import { canGoNext, canGoPrevious, periodEnd, periodStart } from '../model/period';
import { t } from '../i18n/t';

const RANGES: readonly SeriesRange[] = ['day', 'week', 'month', 'year', 'lifetime'];

/** The toolbar above the chart. */
export function RangeToolbar({
  range,
  anchor,
  today,
  firstDate,
  shownFrom,
  shownTo,
  onRange,
  onStep,
  onToday,
}: {
  range: SeriesRange;
  anchor: string;
  today: string;
  firstDate: string | null;
  /** The period the series answer covers, when loaded (lifetime needs it for its label). */
  shownFrom: string | null;
  shownTo: string | null;
  onRange: (range: SeriesRange) => void;
  onStep: (step: -1 | 1) => void;
  onToday: () => void;
}) {
  const from = shownFrom ?? periodStart(anchor, range);
  const to = shownTo ?? periodEnd(anchor, range);
  const label =
    range === 'lifetime' && !shownFrom ? t('site.allYears') : formatPeriod(range, from, to);
  const isCurrent = periodStart(anchor, range) === periodStart(today, range);
  return (
    <div className="range-toolbar">
      {/* A radio group, not tabs: it changes what one chart shows rather than swapping panels. */}
      <Segmented
        label={t('site.range')}
        options={RANGES.map((value) => ({ value, label: t(`site.range.${value}`) }))}
        value={range}
        onChange={onRange}
        testId={(r) => `range-${r}`}
      />
      <div className="period-nav">
        {/* Always rendered (disabled for lifetime) so switching ranges never shifts the layout. */}
        <button
          type="button"
          className="button icon-only"
          aria-label={t('site.previousPeriod')}
          data-testid="range-prev"
          disabled={!canGoPrevious(anchor, range, firstDate)}
          onClick={() => onStep(-1)}
        >
          <Icon name="chevronLeft" />
        </button>
        <span className="period-label num" data-testid="period-label">
          {label}
        </span>
        <button
          type="button"
          className="button icon-only"
          aria-label={t('site.nextPeriod')}
          data-testid="range-next"
          disabled={!canGoNext(anchor, range, today)}
          onClick={() => onStep(1)}
        >
          <Icon name="chevronRight" />
        </button>
        <button
          type="button"
          className="button"
          data-testid="range-today"
          disabled={range === 'lifetime' || isCurrent}
          onClick={onToday}
        >
          {t('site.today')}
        </button>
      </div>
    </div>
  );
}
