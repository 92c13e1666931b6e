/** How the portfolio words a "vs expected" figure: pure, so the wording is tested with tables. */
import type { VsExpected } from '../../../shared/domain';
import { formatNumber } from '../../../shared/format';
import { t } from '../i18n/t';

/** Below this index a site produces clearly less than expected (the alert rules use 0.8 too). */
export const LOW_INDEX = 0.8;

/** Text, tooltip and emphasis of one figure. */
export interface VsExpectedView {
  text: string;
  title: string;
  low: boolean;
}

/**
 * A site this far below its region's figure is judged on its own; above it, it moves with its
 * neighbours and the low figure is the sky's (an overcast region), not the site's.
 */
export const REGION_SHARE = 0.8;

/** See the module comment. */
export function vsExpectedView(value: VsExpected): VsExpectedView {
  if (value.index === null || value.expectedWh === null) {
    return { text: '—', title: value.reason ?? t('portfolio.vsExpectedNone'), low: false };
  }
  const percent = Math.round(value.index * 100);
  const shown = formatNumber(percent, 0);
  const expected = formatNumber(value.expectedWh / 1000, value.expectedWh < 10_000 ? 1 : 0);
  const title = t('portfolio.vsExpectedTitle', { percent: shown, expected });
  const region = value.regionalIndex;
  const withRegion = region !== null && value.index >= REGION_SHARE * region;
  if (value.index < LOW_INDEX && withRegion) {
    const regionPercent = formatNumber(Math.round(region * 100), 0);
    return {
      text: shown,
      title: t('portfolio.vsExpectedRegion', { title, region: regionPercent }),
      low: false,
    };
  }
  return { text: shown, title, low: value.index < LOW_INDEX };
}
