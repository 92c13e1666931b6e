/**
 * The alert benchmark's month: three regions of four roofs (neighbours share their clouds, as
 * real neighbours do), each roof with its own size, tilt and performance ratio, and a dozen
 * incidents with known start and end: trips, silent gateways, slow degradation, snow and
 * overcast days, and a trip that happens entirely at night.
 */
import { DateTime } from 'luxon';
import type { Incident } from '../electron/providers/demo/incidents';
import type { DemoSiteSpec } from '../electron/providers/demo/sites';

/** One incident of the scenario with its label. */
export interface ScenarioIncident extends Incident {
  label: string;
  /** Faults must be alerted; weather and the night trip must not. */
  expectAlert: boolean;
}

interface Region {
  key: string;
  city: string;
  country: string;
  timeZone: string;
  latitude: number;
  longitude: number;
  climate: { clear: number; overcast: number };
}

const REGIONS: Region[] = [
  {
    key: 'den',
    city: 'Denver',
    country: 'US',
    timeZone: 'America/Denver',
    latitude: 39.74,
    longitude: -104.99,
    climate: { clear: 0.55, overcast: 0.15 },
  },
  {
    key: 'phx',
    city: 'Phoenix',
    country: 'US',
    timeZone: 'America/Phoenix',
    latitude: 33.45,
    longitude: -112.07,
    climate: { clear: 0.75, overcast: 0.05 },
  },
  {
    key: 'ber',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    latitude: 52.52,
    longitude: 13.4,
    climate: { clear: 0.3, overcast: 0.35 },
  },
];

/** Four roofs per region, up to ~15 km apart, differing in size, tilt, facing and losses. */
export const scenarioSites: DemoSiteSpec[] = REGIONS.flatMap((region) =>
  [0, 1, 2, 3].map((i) => ({
    slug: `${region.key}${i + 1}`,
    name: `${region.city} roof ${i + 1}`,
    city: region.city,
    country: region.country,
    timeZone: region.timeZone,
    latitude: region.latitude + (i - 1.5) * 0.04,
    longitude: region.longitude + (i % 2 ? 0.05 : -0.05),
    capacityW: [60_000, 150_000, 90_000, 240_000][i]!,
    tiltDeg: [15, 25, 10, 20][i]!,
    azimuthDeg: [180, 170, 190, 185][i]!,
    performanceRatio: [0.8, 0.84, 0.77, 0.82][i]!,
    climate: region.climate,
    weatherKey: region.key,
    inverters: { kind: 'string' as const, count: 4, model: 'Bench inverter' },
  })),
);

const zoneOf = (slug: string) => scenarioSites.find((s) => s.slug === slug)!.timeZone;
const at = (slug: string, local: string) =>
  DateTime.fromISO(local, { zone: zoneOf(slug) }).toSeconds();
const region = (key: string) =>
  scenarioSites.filter((s) => s.weatherKey === key).map((s) => s.slug);

function one(
  label: string,
  kind: Incident['kind'],
  slug: string,
  from: string,
  to: string,
  severity: number,
  expectAlert = true,
): ScenarioIncident {
  return {
    label,
    kind,
    sites: [slug],
    from: at(slug, from),
    to: at(slug, to),
    severity,
    expectAlert,
  };
}

function weather(
  label: string,
  kind: 'snow' | 'overcast',
  key: string,
  date: string,
  severity: number,
): ScenarioIncident {
  const sites = region(key);
  return {
    label,
    kind,
    sites,
    from: at(sites[0]!, `${date}T00:00`),
    to: at(sites[0]!, `${date}T24:00`),
    severity,
    expectAlert: false,
  };
}

/** The month simulated (local days of March 2026) and the history before it. */
export const SCENARIO = { historyFrom: '2026-02-01', from: '2026-03-01', to: '2026-04-01' };

/** The dozen incidents (and the night trip), in time order. */
export const scenarioIncidents: ScenarioIncident[] = [
  one('inverter trip (all)', 'trip', 'den2', '2026-03-03T10:20', '2026-03-04T15:00', 1),
  one('inverter trip (1 of 3)', 'trip', 'phx3', '2026-03-06T09:10', '2026-03-08T16:00', 0.34),
  one('gateway offline 6 h', 'offline', 'ber1', '2026-03-09T08:00', '2026-03-09T14:00', 1),
  weather('snow-covered day', 'snow', 'den', '2026-03-11', 0.02),
  weather('regional overcast day', 'overcast', 'ber', '2026-03-13', 0.25),
  one('inverter trip (all)', 'trip', 'ber3', '2026-03-16T12:05', '2026-03-16T17:00', 1),
  one(
    'slow degradation 2 %/day',
    'degradation',
    'phx1',
    '2026-03-17T00:00',
    '2026-04-01T00:00',
    0.02,
  ),
  weather('regional overcast day', 'overcast', 'phx', '2026-03-20', 0.3),
  one('inverter trip (half)', 'trip', 'den4', '2026-03-22T13:00', '2026-03-25T12:00', 0.5),
  one('gateway offline 12 h', 'offline', 'phx2', '2026-03-24T06:00', '2026-03-24T18:00', 1),
  weather('snow-covered day', 'snow', 'ber', '2026-03-26', 0.02),
  one('inverter trip (all)', 'trip', 'phx4', '2026-03-28T11:00', '2026-03-28T16:00', 1),
  // Nothing is lost while the sun is down: no alert is the right answer.
  one('trip and reset at night', 'trip', 'ber2', '2026-03-29T22:00', '2026-03-30T05:00', 1, false),
];
