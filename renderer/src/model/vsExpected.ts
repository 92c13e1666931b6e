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

/** See the module comment. */
export function vsExpectedView(value: VsExpected): VsExpectedView {
  if (value.index === null || value.expectedWh === null) {
    return { text: '—', title: value.reason ?? t('portfolio.vsExpectedNone'), low: false };
  }
  const percent = Math.round(value.index * 100);
  const expected = formatNumber(value.expectedWh / 1000, value.expectedWh < 10_000 ? 1 : 0);
  return {
    text: formatNumber(percent, 0),
    title: t('portfolio.vsExpectedTitle', { percent: formatNumber(percent, 0), expected }),
    low: value.index < LOW_INDEX,
  };
}
