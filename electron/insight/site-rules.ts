/**
 * The alert rules about one site's production, as pure functions of its day (see candidate.ts).
 * Weather is never a fault: rules that compare with expectation only judge hours the region's
 * peers show to be bright enough, so a site without peers is judged by its silence and its
 * provider's own fault reports only.
 */
import type { AlertCandidate, SiteDay } from './candidate';
import { siteSubject } from './candidate';
import { hourRatio, type HourBucket } from './hours';

/** Data arrives this long after its interval even when all is well (cloud lag). */
export const UPLOAD_GRACE_SECONDS = 30 * 60;
/** Performance index below this, for UNDERPERFORMANCE_HOURS hours, is underperformance. */
export const PERFORMANCE_THRESHOLD = 0.8;
export const UNDERPERFORMANCE_HOURS = 2;
/** Hours below this share of the day's brightest hour are not judged for performance. */
export const WELL_LIT_SHARE = 0.4;
/** Peers must reach this share of their expectation for an hour to be judged at all. */
export const MIN_REGIONAL_CLEARNESS = 0.5;
/**
 * Zero production only counts while what the weather allowed (expected × the region's
 * clearness) is at least this share of capacity: peers must visibly produce.
 */
export const HIGH_EXPECTED_SHARE = 0.05;
/** A region this dark (snow on every roof) says nothing about one roof producing nothing. */
export const MIN_ZERO_CLEARNESS = 0.15;
/** Below this share of the expectation an hour counts as producing nothing. */
const ZERO_SHARE = 0.02;
const HOUR = 3600;

const kwh = (wh: number): number => Math.round(wh / 100) / 10;

function weatherAdjustedWh(day: SiteDay, hour: HourBucket): number {
  return hour.expectedWh * Math.min(1, day.clearness.get(hour.start) ?? 1);
}

/** Energy the site missed since `from` (Wh): weather-adjusted expectation minus production. */
export function lostWhSince(day: SiteDay, from: number): number {
  let lost = 0;
  for (const hour of day.hours) {
    if (hour.start + HOUR <= Math.max(from, day.windowStart) || hour.reportedSeconds === 0)
      continue;
    lost += Math.max(0, weatherAdjustedWh(day, hour) - hour.actualWh);
  }
  return lost;
}

/** Weather-adjusted expectation, production, and the loss inside the evaluation window. */
function tally(day: SiteDay, hours: readonly HourBucket[]) {
  let expected = 0;
  let actual = 0;
  let lost = 0;
  for (const hour of hours) {
    const allowed = weatherAdjustedWh(day, hour);
    expected += allowed;
    actual += hour.actualWh;
    if (hour.start >= day.windowStart) lost += Math.max(0, allowed - hour.actualWh);
  }
  return { expected, actual, lost };
}

/**
 * Hours bright enough to judge performance: not the first or last daylight hour, and at least
 * WELL_LIT_SHARE of the day's brightest hour. At low sun a roof facing a little east or west
 * of the assumed array parts from the model; the learned ratio comes from these hours too.
 */
function innerDaylightHours(hours: readonly HourBucket[]): Set<number> {
  const inner = new Set<number>();
  let block: HourBucket[] = [];
  const close = () => {
    const brightest = Math.max(0, ...block.map((h) => h.fullExpectedWh));
    for (const hour of block.slice(1, -1)) {
      if (hour.fullExpectedWh >= WELL_LIT_SHARE * brightest) inner.add(hour.start);
    }
    block = [];
  };
  for (const hour of hours) {
    if (hour.fullExpectedWh > 0) block.push(hour);
    else close();
  }
  close();
  return inner;
}

/** Silence in daylight beyond the provider's upload cadence. */
export function noDataRule(day: SiteDay): AlertCandidate[] {
  if (day.lastDataAt === null) return [];
  if (day.silentDaylightSeconds <= day.cadenceSeconds + UPLOAD_GRACE_SECONDS) return [];
  const hours = Math.round((day.silentDaylightSeconds / HOUR) * 10) / 10;
  return [
    {
      rule: 'no_data',
      subject: siteSubject(day.siteId),
      siteId: day.siteId,
      severity: 'warning',
      startAt: day.lastDataAt,
      endAt: null,
      summary: {
        key: 'alert.noData',
        params: { site: day.name, hours, minutes: Math.round(day.cadenceSeconds / 60) },
      },
      evidence: { silentDaylightHours: hours, cadenceMinutes: day.cadenceSeconds / 60 },
      lostWh: day.silentExpectedWh,
    },
  ];
}

/** A run of hours for which a rule's test held. */
interface Run {
  hours: HourBucket[];
  /** The hour whose verdict ended the run, or null while it lasts. */
  endedBy: HourBucket | null;
  /** No hour before it in the window was judged healthy: it may continue an older alert. */
  leading: boolean;
}

/**
 * Runs of hours for which `test` holds. Hours the test cannot judge (night, a dark region)
 * neither extend nor end a run: a fault lasts until an hour shows the site healthy.
 */
function runs(hours: readonly HourBucket[], test: (hour: HourBucket) => boolean | null): Run[] {
  const found: Run[] = [];
  let current: HourBucket[] = [];
  let healthySeen = false;
  let leading = true;
  for (const hour of hours) {
    const verdict = test(hour);
    if (verdict === null) continue;
    if (verdict) {
      if (current.length === 0) leading = !healthySeen;
      current.push(hour);
      continue;
    }
    healthySeen = true;
    if (current.length > 0) found.push({ hours: current, endedBy: hour, leading });
    current = [];
  }
  if (current.length > 0) found.push({ hours: current, endedBy: null, leading });
  return found;
}

/** Zero production in bright hours while regional peers produce. */
export function zeroProductionRule(day: SiteDay): AlertCandidate[] {
  const minPowerW = HIGH_EXPECTED_SHARE * day.capacityW;
  const isZero = (hour: HourBucket): boolean | null => {
    const ratio = hourRatio(hour, HOUR / 2);
    const clearness = day.clearness.get(hour.start);
    if (ratio === null || clearness === undefined || clearness < MIN_ZERO_CLEARNESS) return null;
    const allowedW = (hour.expectedWh * Math.min(1, clearness) * HOUR) / hour.reportedSeconds;
    if (allowedW < minPowerW) return null;
    return ratio <= ZERO_SHARE;
  };
  return runs(day.hours, isZero).map(({ hours, endedBy, leading }) => {
    const { expected, actual, lost } = tally(day, hours);
    const clearness = Math.min(...hours.map((h) => day.clearness.get(h.start) ?? 1));
    return {
      rule: 'zero_production',
      subject: siteSubject(day.siteId),
      siteId: day.siteId,
      severity: 'fault',
      startAt: hours[0]!.start,
      endAt: endedBy?.start ?? null,
      summary: {
        key: 'alert.zeroProduction',
        params: { site: day.name, hours: hours.length, expectedKwh: kwh(expected) },
      },
      evidence: {
        hours: hours.length,
        expectedKwh: kwh(expected),
        actualKwh: kwh(actual),
        regionalClearness: Math.round(clearness * 100) / 100,
      },
      lostWh: lost,
      leading,
    };
  });
}

/** Performance index below 0.8 for two judged daylight hours (not the first or last). */
export function underperformanceRule(day: SiteDay): AlertCandidate[] {
  const inner = innerDaylightHours(day.hours);
  const index = (hour: HourBucket): number | null => {
    if (!inner.has(hour.start) || hour.reportedSeconds < HOUR) return null;
    const clearness = day.clearness.get(hour.start);
    if (clearness === undefined || clearness < MIN_REGIONAL_CLEARNESS) return null;
    const ratio = hourRatio(hour, HOUR);
    // A dead hour belongs to the zero-production rule.
    if (ratio === null || ratio <= ZERO_SHARE) return null;
    return ratio / Math.min(1, clearness);
  };
  const below = (hour: HourBucket): boolean | null => {
    const pi = index(hour);
    return pi === null ? null : pi < PERFORMANCE_THRESHOLD;
  };
  return runs(day.hours, below)
    .filter((run) => run.hours.length >= UNDERPERFORMANCE_HOURS)
    .map(({ hours, endedBy, leading }) => {
      const { expected, actual, lost } = tally(day, hours);
      const pi = Math.round((actual / expected) * 100) / 100;
      return {
        rule: 'underperformance',
        subject: siteSubject(day.siteId),
        siteId: day.siteId,
        severity: 'warning',
        startAt: hours[0]!.start,
        endAt: endedBy?.start ?? null,
        summary: {
          key: 'alert.underperformance',
          params: { site: day.name, percent: Math.round(pi * 100), hours: hours.length },
        },
        evidence: {
          performanceIndex: pi,
          hours: hours.length,
          expectedKwh: kwh(expected),
          actualKwh: kwh(actual),
        },
        lostWh: lost,
        leading,
      };
    });
}

/** A fault the provider itself reports (an inverter alarm); lost energy counts from `since`. */
export function deviceFaultRule(day: SiteDay, since: number | null): AlertCandidate[] {
  if (day.status !== 'fault') return [];
  return [
    {
      rule: 'device_fault',
      subject: siteSubject(day.siteId),
      siteId: day.siteId,
      severity: 'fault',
      // When the provider says the fault began; else when the app first saw it.
      startAt: day.statusSince,
      ongoing: true,
      endAt: null,
      summary: day.statusDetail ?? { key: 'alert.deviceFault', params: { site: day.name } },
      evidence: {},
      lostWh: since === null ? 0 : lostWhSince(day, since),
    },
  ];
}
