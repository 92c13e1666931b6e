/**
 * Incidents injected into simulated production with a known start and end, so the alert rules
 * can be measured (bench/alerts.ts) and exercised end to end (the Enphase emulator uses the same
 * functions). Pure: the same samples, incidents and instant always give the same answer.
 */
import type { IntervalSample } from '../provider';

/** What went wrong. Trips, silences and degradation are faults; snow and overcast are weather. */
export type IncidentKind = 'trip' | 'offline' | 'snow' | 'overcast' | 'degradation';

/** One incident at the listed sites, active for from ≤ interval end < to. */
export interface Incident {
  kind: IncidentKind;
  /** Site keys (demo slugs, emulator system ids as text) it affects: a whole region for weather. */
  sites: readonly string[];
  from: number;
  to: number;
  /**
   * trip: share of the array that stopped (1 = all); degradation: loss per day (0.02 = 2 %/day);
   * overcast: share of clear sky that gets through; snow: likewise (near 0).
   */
  severity: number;
}

/** Incidents that are faults the app must alert on (the rest is weather it must not). */
export function isFaultIncident(kind: IncidentKind): boolean {
  return kind === 'trip' || kind === 'offline' || kind === 'degradation';
}

const DAY = 86_400;

/** Share of the modelled production that an incident leaves at an instant (1: untouched). */
export function incidentFactor(incident: Incident, at: number): number {
  if (at < incident.from || at >= incident.to) return 1;
  switch (incident.kind) {
    case 'trip':
      return 1 - incident.severity;
    case 'degradation':
      return Math.max(0, 1 - (incident.severity * (at - incident.from)) / DAY);
    case 'snow':
    case 'overcast':
      return incident.severity;
    case 'offline':
      return 1;
  }
}

/**
 * The samples as the provider would hand them out at `now`: production scaled by the incidents
 * in effect, and nothing from inside a gateway's silence until it has come back (it uploads the
 * missed intervals when it returns).
 */
export function applyIncidents(
  site: string,
  samples: readonly IntervalSample[],
  incidents: readonly Incident[],
  now: number,
): IntervalSample[] {
  const mine = incidents.filter((i) => i.sites.includes(site));
  if (mine.length === 0) return [...samples];
  const out: IntervalSample[] = [];
  for (const sample of samples) {
    const at = sample.endAt - 1;
    if (mine.some((i) => i.kind === 'offline' && at >= i.from && at < i.to && now < i.to)) continue;
    const factor = mine.reduce((f, i) => f * incidentFactor(i, at), 1);
    out.push(
      factor === 1 ? sample : { endAt: sample.endAt, w: sample.w * factor, wh: sample.wh * factor },
    );
  }
  return out;
}
