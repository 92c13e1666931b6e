/**
 * Today against expected, for the portfolio: the energy produced so far divided by what the
 * site's clear-sky model (capacity × learned performance ratio) expects up to its newest data.
 * Cut at the newest interval, so an upload that is merely late does not read as a loss; no
 * figure at all (with the reason) when the expectation is too small to divide by honestly.
 */
import type { VsExpected } from '../../shared/domain';
import { localTimeOf, startOfLocalDay } from '../../shared/time';
import { englishWords, type Words } from '../i18n/words';
import { expectedWhBetween, type SiteGeometry } from './expected';

/**
 * Below this expectation (Wh per W installed, i.e. kWh/kWp) the quotient is noise: early
 * morning, polar winter. 0.05 kWh/kWp is about ten minutes of full sun.
 */
export const MIN_EXPECTED_WH_PER_W = 0.05;

/** What the figure needs about a site's day. */
export interface VsExpectedInput {
  site: SiteGeometry & { timeZone: string };
  /** The site's local day (YYYY-MM-DD) and its energy so far. */
  localDate: string;
  todayWh: number;
  /** The newest interval that ended by now, or null. */
  lastIntervalAt: number | null;
  performanceRatio: number;
  /** The language the reason is written in (default English). */
  words?: Words;
}

/**
 * The vs-expected figure of one site's day (pure, unless `expectedWh` remembers: the portfolio
 * passes an ExpectedSoFar so a fleet of 1,000 is not integrated from sunrise on every refresh).
 * The region's figure is added by the caller, once every site's own is known.
 */
export function vsExpected(
  input: VsExpectedInput,
  expectedWh: typeof expectedWhBetween = expectedWhBetween,
): Omit<VsExpected, 'regionalIndex'> {
  const { site, localDate, todayWh, lastIntervalAt, performanceRatio } = input;
  const words = input.words ?? englishWords;
  const unknown = (reason: string): Omit<VsExpected, 'regionalIndex'> => ({
    index: null,
    expectedWh: null,
    reason,
  });
  if (!(site.capacityW > 0)) return unknown(words.t('insight.vsExpected.noCapacity'));
  if (!(performanceRatio > 0)) return unknown(words.t('insight.vsExpected.noRatio'));
  const dayStart = startOfLocalDay(localDate, site.timeZone);
  if (lastIntervalAt === null || lastIntervalAt <= dayStart) {
    return unknown(words.t('insight.vsExpected.noReadings'));
  }
  const expected = expectedWh(site, dayStart, lastIntervalAt, performanceRatio);
  if (expected < MIN_EXPECTED_WH_PER_W * site.capacityW) {
    const time = localTimeOf(lastIntervalAt, site.timeZone);
    return unknown(words.t('insight.vsExpected.littleSun', { time }));
  }
  return { index: todayWh / expected, expectedWh: expected, reason: null };
}
