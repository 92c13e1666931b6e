/** Freshness text ("updated 3 min ago") with a visible mark when data is older than it should be. */
import { formatAgo, formatUpdated } from '../i18n/relative';
import { t } from '../i18n/t';
import { Icon } from './Icon';

/**
 * "updated 3 min ago", plus a "Stale" mark when `stale` is set. `short` drops the word
 * "updated" where a column header already says it.
 */
export function Freshness({
  at,
  now,
  stale,
  short = false,
}: {
  at: number | null;
  now: number;
  stale: boolean;
  short?: boolean;
}) {
  return (
    <span className="freshness">
      {stale && (
        <span className="stale-mark" title={t('fresh.staleTitle')}>
          <Icon name="clock" size={13} />
          {t('fresh.stale')}
        </span>
      )}
      <span className={stale ? undefined : 'muted'}>
        {short ? formatAgo(at, now) : formatUpdated(at, now)}
      </span>
    </span>
  );
}
