/** Says why the site page shows the last full day: the site's sun has not risen yet today. */
import type { SiteDetail } from '../../../shared/domain';
import { formatLocalDate } from '../../../shared/format';
import { localTimeOf } from '../../../shared/time';
import { Icon } from '../common/Icon';
import { t } from '../i18n/t';

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
        {sunrise !== null
          ? t('site.nightSunrise', {
              time: localTimeOf(now, zone),
              sunrise: localTimeOf(sunrise, zone),
              day: formatLocalDate(shownDay),
            })
          : t('site.night', { time: localTimeOf(now, zone), day: formatLocalDate(shownDay) })}
      </span>
    </p>
  );
}
