/** Says why the site page shows the last full day: the site's sun has not risen yet today. */
import type { SiteDetail } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/format';
import { localTimeOf } from '../../../shared/time';
import { Icon } from '../common/Icon';

/** The notice above the stand-in chart; `shownDay` is the day drawn instead of today. */
export function NightNotice({
  detail,
  now,
  shownDay,
}: {
  detail: SiteDetail;
  now: number;
  shownDay: string;
}) {
  const zone = detail.site.timeZone;
  const sunrise = detail.daylight.nextSunrise;
  return (
    <p className="night-notice" data-testid="night-notice" data-day={shownDay}>
      <Icon name="moon" size={15} />
      <span>
        Nothing produced yet today: it is {localTimeOf(now, zone)} at the site
        {sunrise !== null ? `, sunrise at ${localTimeOf(sunrise, zone)}` : ''}. Showing{' '}
        {formatLocalDate(shownDay)}, the last full day.
      </span>
    </p>
  );
}
