/**
 * The built-in demo fleet: real places in several time zones (both hemispheres, zones with and
 * without daylight saving), sizes from a 20 kWp library roof to a 1 MWp warehouse, one site
 * with two inverter models, and one site whose inverter tripped a few days ago so the fault
 * views have something to show.
 */

/** The inverter layout of a demo site. */
export interface DemoInverters {
  /** Micro-inverters sit under each panel; string inverters take a row of panels each. */
  kind: 'micro' | 'string';
  /** Every inverter of the site, an extension's included. */
  count: number;
  model: string;
  /** A later roof extension with another model: the last `count` of the site's inverters. */
  extension?: { count: number; model: string };
}

/**
 * A recurring inverter trip (a classic insulation fault that comes back after each reset):
 * the inverter trips every `cycleDays`, stays off for `resetAfterDays`, and its share of the
 * production is missing meanwhile. Recurring rather than "3 days before now" so that production
 * is a pure function of the instant: re-fetching, restarting or recomputing in a test always
 * gives the same numbers, and at almost any moment the fault is a few days old.
 */
export interface DemoFaultSpec {
  /** One trip instant (epoch s); the others are whole cycles before and after it. */
  tripAt: number;
  cycleDays: number;
  /** Days from a trip to the technician's reset; the rest of the cycle runs healthy. */
  resetAfterDays: number;
  /** Which inverter trips (0-based). */
  inverterIndex: number;
  /** What the inverter reports (`status.demo.tripped` names it in the user's language). */
  alarm: 'groundFault' | 'arcFault';
}

/** One demo building: where it is, how big, how its panels face and how sunny its climate is. */
export interface DemoSiteSpec {
  /** Becomes the provider's externalId; the app's site id is `demo:<slug>`. */
  slug: string;
  name: string;
  city: string;
  /** ISO 3166-1 alpha-2, as providers report it. */
  country: string;
  /** IANA zone of the site. */
  timeZone: string;
  latitude: number;
  longitude: number;
  /** DC capacity (W). */
  capacityW: number;
  /** Panel tilt from horizontal (degrees). */
  tiltDeg: number;
  /** Direction the panels face, degrees clockwise from north (180 = south). */
  azimuthDeg: number;
  /** Share of the clear-sky yield that reaches the meter (wiring, heat, soiling, inverter). */
  performanceRatio: number;
  /** Share of clear and of overcast days; the rest are partly cloudy. */
  climate: { clear: number; overcast: number };
  /**
   * Sites with the same key share their clouds (neighbours under one sky); the slug by default.
   * Benchmarks use it to build regions.
   */
  weatherKey?: string;
  inverters: DemoInverters;
  fault?: DemoFaultSpec;
}

/** The default demo fleet (8 sites, 7 time zones). */
export const demoSiteSpecs: readonly DemoSiteSpec[] = [
  {
    slug: 'denver-lincoln-high',
    name: 'Lincoln High School',
    city: 'Denver',
    country: 'US',
    timeZone: 'America/Denver',
    latitude: 39.6789,
    longitude: -104.9875,
    capacityW: 180_000,
    tiltDeg: 15,
    azimuthDeg: 180,
    performanceRatio: 0.8,
    climate: { clear: 0.55, overcast: 0.15 },
    inverters: { kind: 'string', count: 3, model: 'SMA Sunny Tripower CORE1 62-US' },
  },
  {
    slug: 'phoenix-sonoran-warehouse',
    name: 'Sonoran Distribution Warehouse',
    city: 'Phoenix',
    country: 'US',
    timeZone: 'America/Phoenix',
    latitude: 33.4152,
    longitude: -112.0336,
    capacityW: 1_000_000,
    tiltDeg: 10,
    azimuthDeg: 180,
    performanceRatio: 0.78,
    climate: { clear: 0.75, overcast: 0.05 },
    inverters: { kind: 'string', count: 8, model: 'SMA Sunny Highpower PEAK3 125-US' },
  },
  {
    slug: 'berlin-spreebogen-office',
    name: 'Spreebogen Office Campus',
    city: 'Berlin',
    country: 'DE',
    timeZone: 'Europe/Berlin',
    latitude: 52.5225,
    longitude: 13.3694,
    capacityW: 95_000,
    tiltDeg: 30,
    azimuthDeg: 180,
    performanceRatio: 0.82,
    climate: { clear: 0.25, overcast: 0.4 },
    inverters: { kind: 'string', count: 2, model: 'Fronius Tauro ECO 50-3-P' },
  },
  {
    slug: 'madrid-san-rafael-hospital',
    name: 'Hospital San Rafael Norte',
    city: 'Madrid',
    country: 'ES',
    timeZone: 'Europe/Madrid',
    latitude: 40.4806,
    longitude: -3.6861,
    capacityW: 420_000,
    tiltDeg: 20,
    azimuthDeg: 180,
    performanceRatio: 0.8,
    climate: { clear: 0.6, overcast: 0.12 },
    inverters: { kind: 'string', count: 4, model: 'Huawei SUN2000-100KTL-M1' },
    fault: {
      // 28 Jun 2025 11:40 in Madrid; then every 30 days, reset after 29.
      tripAt: 1_751_103_600,
      cycleDays: 30,
      resetAfterDays: 29,
      inverterIndex: 2,
      alarm: 'groundFault',
    },
  },
  {
    slug: 'sydney-botany-logistics',
    name: 'Botany Bay Logistics Centre',
    city: 'Sydney',
    country: 'AU',
    timeZone: 'Australia/Sydney',
    latitude: -33.9461,
    longitude: 151.1772,
    capacityW: 650_000,
    tiltDeg: 10,
    azimuthDeg: 0,
    performanceRatio: 0.8,
    climate: { clear: 0.5, overcast: 0.2 },
    inverters: { kind: 'string', count: 6, model: 'Fronius Tauro 100-3-D' },
  },
  {
    slug: 'boston-engineering-hall',
    name: 'Commonwealth Engineering Hall',
    city: 'Boston',
    country: 'US',
    timeZone: 'America/New_York',
    latitude: 42.3496,
    longitude: -71.1031,
    capacityW: 250_000,
    tiltDeg: 25,
    azimuthDeg: 190,
    performanceRatio: 0.79,
    climate: { clear: 0.35, overcast: 0.3 },
    inverters: { kind: 'string', count: 3, model: 'SolarEdge SE100K' },
  },
  {
    slug: 'tokyo-setagaya-market',
    name: 'Setagaya Fresh Market',
    city: 'Tokyo',
    country: 'JP',
    timeZone: 'Asia/Tokyo',
    latitude: 35.6464,
    longitude: 139.6533,
    capacityW: 60_000,
    tiltDeg: 20,
    azimuthDeg: 175,
    performanceRatio: 0.8,
    climate: { clear: 0.35, overcast: 0.3 },
    inverters: { kind: 'string', count: 2, model: 'Omron KPW-A-2 (30 kW)' },
  },
  {
    slug: 'perth-fremantle-library',
    name: 'Fremantle Community Library',
    city: 'Fremantle',
    country: 'AU',
    timeZone: 'Australia/Perth',
    latitude: -32.0569,
    longitude: 115.7439,
    capacityW: 20_000,
    tiltDeg: 20,
    azimuthDeg: 0,
    performanceRatio: 0.82,
    climate: { clear: 0.65, overcast: 0.1 },
    // 36 micros from the first build, 18 from the 2024 extension over the reading room.
    inverters: {
      kind: 'micro',
      count: 54,
      model: 'Enphase IQ8A',
      extension: { count: 18, model: 'Enphase IQ8PLUS' },
    },
  },
];

/** A demo site spec that cannot describe a real building (bad zone, coordinates, sizes…). */
export class InvalidDemoSiteError extends Error {
  constructor(slug: string, problem: string) {
    super(`Demo site "${slug}": ${problem}`);
    this.name = 'InvalidDemoSiteError';
  }
}

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Rejects specs the model could not turn into finite, non-negative production. */
export function assertValidDemoSiteSpec(
  spec: DemoSiteSpec,
  isZone: (zone: string) => boolean,
): void {
  const fail = (problem: string): never => {
    throw new InvalidDemoSiteError(spec.slug, problem);
  };
  if (!slugPattern.test(spec.slug) || spec.slug.length > 64) fail('slug must be lowercase-kebab');
  if (!isZone(spec.timeZone)) fail(`unknown time zone ${spec.timeZone}`);
  if (!(Math.abs(spec.latitude) <= 66)) fail('latitude must be within ±66° (no polar sites)');
  if (!(Math.abs(spec.longitude) <= 180)) fail('longitude must be within ±180°');
  if (!(spec.capacityW > 0 && spec.capacityW <= 100_000_000)) fail('capacity out of range');
  if (!(spec.tiltDeg >= 0 && spec.tiltDeg <= 90)) fail('tilt must be 0–90°');
  if (!(spec.azimuthDeg >= 0 && spec.azimuthDeg < 360)) fail('azimuth must be 0–360°');
  if (!(spec.performanceRatio > 0 && spec.performanceRatio <= 1)) fail('performance ratio 0–1');
  const { clear, overcast } = spec.climate;
  if (!(clear >= 0 && overcast >= 0 && clear + overcast <= 1)) fail('climate shares must sum ≤ 1');
  if (!(Number.isInteger(spec.inverters.count) && spec.inverters.count >= 1)) {
    fail('at least one inverter');
  }
  const extension = spec.inverters.extension;
  if (
    extension &&
    !(
      Number.isInteger(extension.count) &&
      extension.count >= 1 &&
      extension.count < spec.inverters.count
    )
  ) {
    fail('an extension needs at least one inverter and leaves some of the first model');
  }
  if (spec.fault) {
    const { tripAt, cycleDays, resetAfterDays, inverterIndex } = spec.fault;
    if (!Number.isFinite(tripAt)) fail('tripAt must be an instant');
    if (!(Number.isInteger(cycleDays) && cycleDays >= 2)) fail('cycleDays must be 2 or more');
    if (!(Number.isInteger(resetAfterDays) && resetAfterDays >= 1 && resetAfterDays < cycleDays)) {
      fail('resetAfterDays must be at least 1 and shorter than the cycle');
    }
    if (!(
      Number.isInteger(inverterIndex) &&
      inverterIndex >= 0 &&
      inverterIndex < spec.inverters.count
    )) {
      fail('faulted inverter does not exist');
    }
    if (spec.inverters.count < 2) fail('a fault needs a second inverter to keep producing');
  }
}
