/**
 * The domain as both processes see it: zod schemas first, types inferred from them, so the IPC
 * contract can validate every value that crosses the process boundary. Instants are epoch
 * seconds, calendar days are `YYYY-MM-DD` in the site's own time zone (see shared/time.ts).
 */
import { z } from 'zod';

const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const epochSeconds = z.number().int().nonnegative();

/**
 * A provider's id: a lowercase slug ('enphase', 'solaredge', 'test-solar'; `demo` is the
 * built-in simulated fleet). Any registered provider may use one, so the set is not fixed here:
 * the main process checks an id against its registry where it matters (providers/registry.ts).
 */
export const providerIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'expected a lowercase provider id')
  .max(40);
export type ProviderId = z.infer<typeof providerIdSchema>;

/**
 * What the UI says about a site's health. Provider-specific statuses (Enphase has dozens) are
 * mapped onto these; anything unknown becomes `warning`, never a crash.
 */
export const siteStatusSchema = z.enum(['normal', 'warning', 'fault', 'offline', 'needs_reauth']);
export type SiteStatus = z.infer<typeof siteStatusSchema>;

/** A building with panels, as the renderer sees it: no credentials, no provider secrets. */
export const siteInfoSchema = z.object({
  id: z.string().min(1),
  provider: providerIdSchema,
  name: z.string(),
  city: z.string(),
  country: z.string(),
  timeZone: z.string(),
  latitude: z.number(),
  longitude: z.number(),
  capacityW: z.number().nonnegative(),
  status: siteStatusSchema,
  statusDetail: z.string().nullable(),
  connectionId: z.string().nullable(),
});
export type SiteInfo = z.infer<typeof siteInfoSchema>;

/** The sun at a site on its local day: explains an empty day and lets kiosk mode skip nights. */
export const daylightSchema = z.object({
  /** Sunrise and sunset of the site's local day (null where the sun does not rise or set). */
  sunrise: epochSeconds.nullable(),
  sunset: epochSeconds.nullable(),
  /** The first sunrise after now (today's before dawn, tomorrow's after sunset). */
  nextSunrise: epochSeconds.nullable(),
  /** The sun is down at the site now. */
  night: z.boolean(),
});
export type Daylight = z.infer<typeof daylightSchema>;

/**
 * Today so far against the site's clear-sky expectation up to its newest reading. `index` is
 * null (with the reason to show) when it cannot be computed honestly.
 */
export const vsExpectedSchema = z.object({
  index: z.number().nonnegative().nullable(),
  expectedWh: z.number().nonnegative().nullable(),
  reason: z.string().nullable(),
  /** The median index of the other sites within ~50 km (null: none has one): the sky's share. */
  regionalIndex: z.number().nonnegative().nullable(),
});
export type VsExpected = z.infer<typeof vsExpectedSchema>;

/** One row of the portfolio table. */
export const portfolioRowSchema = z.object({
  site: siteInfoSchema,
  localDate,
  todayWh: z.number().nonnegative(),
  currentW: z.number().nonnegative(),
  /** kWh produced today per kWp installed: compares buildings of different sizes. */
  specificYield: z.number().nonnegative(),
  lastIntervalAt: epochSeconds.nullable(),
  /** The site's data is older than its expected refresh interval allows. */
  stale: z.boolean(),
  /** Today's power, one value per local hour (W). */
  sparkline: z.array(z.number()),
  daylight: daylightSchema,
  vsExpected: vsExpectedSchema,
});
export type PortfolioRow = z.infer<typeof portfolioRowSchema>;

/** The portfolio page: every site plus the fleet totals. */
export const portfolioSchema = z.object({
  generatedAt: epochSeconds,
  rows: z.array(portfolioRowSchema),
  totals: z.object({
    todayWh: z.number().nonnegative(),
    currentW: z.number().nonnegative(),
    capacityW: z.number().nonnegative(),
  }),
  /** Fleet energy per day for the last 30 days (each site's own local days, summed by date). */
  fleetDaily: z.array(z.object({ localDate, wh: z.number().nonnegative() })),
});
export type Portfolio = z.infer<typeof portfolioSchema>;

/** A device at a site (inverter, meter, gateway), for the site page. */
export const deviceSchema = z.object({
  kind: z.string(),
  serial: z.string(),
  model: z.string(),
  status: siteStatusSchema,
  lastReportAt: epochSeconds.nullable(),
  /** Output at the device's last report (W); absent or null where the provider does not say. */
  powerW: z.number().nonnegative().nullable().optional(),
  /** Energy the device produced today so far (Wh); absent or null where the provider does not say. */
  energyTodayWh: z.number().nonnegative().nullable().optional(),
});
export type Device = z.infer<typeof deviceSchema>;

/** A device as the site page lists it, with the one name fault texts also use ("Inverter 3"). */
export const deviceViewSchema = deviceSchema.extend({ label: z.string() });
export type DeviceView = z.infer<typeof deviceViewSchema>;

/** How the site page judges whether a device is reporting: honest about when the list was read. */
export const deviceReportingSchema = z.object({
  /** When the device list was read from the provider (epoch s). */
  listedAt: epochSeconds,
  /**
   * A device reported within this many seconds before `listedAt` counts as reporting (the
   * provider's upload cadence plus its delay); null when the provider states no cadence, and
   * then only its status speaks.
   */
  windowSeconds: z.number().int().positive().nullable(),
});
export type DeviceReporting = z.infer<typeof deviceReportingSchema>;

/** Header facts for the site page. */
export const siteDetailSchema = z.object({
  site: siteInfoSchema,
  localDate,
  todayWh: z.number().nonnegative(),
  currentW: z.number().nonnegative(),
  lifetimeWh: z.number().nonnegative(),
  firstDate: localDate.nullable(),
  lastIntervalAt: epochSeconds.nullable(),
  stale: z.boolean(),
  devices: z.array(deviceViewSchema),
  /** Null while no device list has been read. */
  deviceReporting: deviceReportingSchema.nullable(),
  daylight: daylightSchema,
});
export type SiteDetail = z.infer<typeof siteDetailSchema>;

/** Chart ranges on the site page. */
export const seriesRangeSchema = z.enum(['day', 'week', 'month', 'year', 'lifetime']);
export type SeriesRange = z.infer<typeof seriesRangeSchema>;

/** One point of a site chart, with the same position in the previous period for comparison. */
export const seriesPointSchema = z.object({
  /** `HH:mm` for a day, `YYYY-MM-DD` for week/month, `YYYY-MM` for a year, `YYYY` for lifetime. */
  label: z.string(),
  /** Start of the bucket (epoch seconds). */
  t: epochSeconds,
  value: z.number().nonnegative(),
  previous: z.number().nonnegative().nullable(),
  /**
   * What a clear sky would have given (insight/expected.ts): W for a day's point, Wh for a
   * week's or month's day (today up to now). Absent where the range has no expectation.
   */
  expected: z.number().nonnegative().optional(),
  /** Day series only: the interval's energy (Wh), for exports in kWh. */
  wh: z.number().nonnegative().optional(),
  /** Day series only: the previous day's interval at the same wall-clock time (Wh). */
  previousWh: z.number().nonnegative().nullable().optional(),
});
export type SeriesPoint = z.infer<typeof seriesPointSchema>;

/**
 * What "vs previous period" compared, like for like: only days with data on both sides, and
 * the still running day only up to the same time of day. Null when no day qualifies.
 */
export const seriesComparisonSchema = z.object({
  currentWh: z.number().nonnegative(),
  previousWh: z.number().nonnegative(),
  /** How many days were compared (each with data on both sides). */
  days: z.number().int().positive(),
  /** The previous side's first and last compared day. */
  previousFrom: localDate,
  previousTo: localDate,
  /** The still running day is in the comparison, cut at the same time of day on both sides. */
  includesToday: z.boolean(),
});
export type SeriesComparison = z.infer<typeof seriesComparisonSchema>;

/** A site chart: power (W) for a day, energy (Wh) per bucket otherwise. */
export const siteSeriesSchema = z.object({
  siteId: z.string(),
  range: seriesRangeSchema,
  anchor: localDate,
  from: localDate,
  to: localDate,
  unit: z.enum(['W', 'Wh']),
  points: z.array(seriesPointSchema),
  totalWh: z.number().nonnegative(),
  comparison: seriesComparisonSchema.nullable(),
  /** How many raw points the series had before downsampling (null when not downsampled). */
  downsampledFrom: z.number().int().nullable(),
});
export type SiteSeries = z.infer<typeof siteSeriesSchema>;

export { settingsSchema, type Settings } from './settings';

/**
 * The operating system's language preferences (BCP 47, most preferred first) and its regional
 * format locale (numbers and dates; `en-GB` for an English UI with British dates, say).
 */
export const systemLocaleSchema = z.object({
  languages: z.array(z.string()),
  formats: z.string(),
});
export type SystemLocale = z.infer<typeof systemLocaleSchema>;

/** What the app is running as. */
export const appInfoSchema = z.object({
  version: z.string(),
  mode: z.enum(['demo', 'live']),
  kiosk: z.boolean(),
  platform: z.string(),
  dataDir: z.string(),
  /** False on Linux's basic_text backend: tokens are then not protected by an OS keyring. */
  keyringProtected: z.boolean(),
  /** Set when the cache had to be rebuilt at start (corrupt file moved aside). */
  cacheNotice: z.string().nullable(),
  /** Why the demo fleet is shown (null: it is not): `mode` alone cannot say "no account yet". */
  demoReason: z.enum(['setting', 'no_connections', 'forced']).nullable(),
  /** How many buildings the demo fleet has, for copy that describes it. */
  demoSiteCount: z.number().int().nonnegative(),
  /** The platform's configured Enphase plan and this installation's share (before overrides). */
  enphasePlatform: z.object({
    plan: z.enum(['watt', 'kilowatt', 'megawatt', 'partner']),
    sharePercent: z.number().int().min(1).max(100),
  }),
  /** Set when settings.json was unreadable at start (moved aside, defaults used). */
  settingsNotice: z.string().nullable(),
  /** The operating system's locale, which the renderer follows unless Settings picks a language. */
  systemLocale: systemLocaleSchema,
});
export type AppInfo = z.infer<typeof appInfoSchema>;

/** The scheduler's state, for the status bar and Settings. */
export const syncStatusSchema = z.object({
  online: z.boolean(),
  /** Refreshing was paused by the person (not offline): no call until they resume. */
  paused: z.boolean(),
  running: z.boolean(),
  lastRunAt: epochSeconds.nullable(),
  nextRunAt: epochSeconds.nullable(),
  intervalSeconds: z.number().int().positive(),
  progress: z.object({ done: z.number().int(), total: z.number().int() }).nullable(),
  lastError: z.string().nullable(),
  /**
   * Sites per provider and how often they refresh: the renderer says it in its language ("6 demo
   * sites: refreshed every minute", renderer/src/model/syncExplanation.ts).
   */
  refresh: z.array(
    z.object({
      provider: providerIdSchema,
      sites: z.number().int().positive(),
      intervalSeconds: z.number().positive(),
    }),
  ),
});
export type SyncStatus = z.infer<typeof syncStatusSchema>;

/** Enphase's API plans: the quota is per APPLICATION, shared by every installation. */
export const enphasePlanSchema = z.enum(['watt', 'kilowatt', 'megawatt', 'partner']);
export type EnphasePlan = z.infer<typeof enphasePlanSchema>;

/** Whether a connected owner account can be used. */
export const connectionStateSchema = z.enum(['connected', 'needs_reauth']);
export type ConnectionState = z.infer<typeof connectionStateSchema>;

/** A connected owner account, as the renderer may see it: never a token. */
/** How a person connects an account of a provider: its login popup via the relay, or a pasted key. */
export const connectMethodSchema = z.enum(['oauth-popup', 'api-key']);
export type ConnectMethod = z.infer<typeof connectMethodSchema>;

/** What a provider's quota counts (each provider folder does the arithmetic). */
export const quotaKindSchema = z.enum([
  'none',
  'requests-per-application',
  'credits-per-account',
  'money-per-request',
]);
export type QuotaKind = z.infer<typeof quotaKindSchema>;

/** A provider as its descriptor declares it, minus anything secret: what the UI renders from. */
export const providerInfoSchema = z.object({
  id: providerIdSchema,
  name: z.string(),
  /** Empty for sources nobody connects (the demo fleet). */
  connect: z.array(connectMethodSchema),
  /** What connecting means, in the app's words. */
  intro: z.string(),
  quota: z.object({ kind: quotaKindSchema, sentence: z.string() }),
});
export type ProviderInfo = z.infer<typeof providerInfoSchema>;

export const connectionSchema = z.object({
  id: z.string(),
  provider: providerIdSchema,
  /** What the UI calls the account, e.g. "Enphase owner 4521". */
  accountLabel: z.string(),
  state: connectionStateSchema,
  siteIds: z.array(z.string()),
  createdAt: epochSeconds,
  /** Last time the tokens were refreshed (null: never since connecting). */
  refreshedAt: epochSeconds.nullable(),
  /** A sentence for the user when something is wrong (reconnect needed, last test failed). */
  problem: z.string().nullable(),
  /** How the account was connected: its Reconnect asks the same way (a new key for a key). */
  connectedWith: connectMethodSchema,
});
export type Connection = z.infer<typeof connectionSchema>;

/** A system the connected account can see, for the site picker. */
export const remoteSystemSchema = z.object({
  externalId: z.string(),
  name: z.string(),
  city: z.string(),
  timeZone: z.string(),
  capacityW: z.number().nonnegative().nullable(),
  status: siteStatusSchema,
  /** Already one of this connection's sites. */
  selected: z.boolean(),
});
export type RemoteSystem = z.infer<typeof remoteSystemSchema>;

/** A provider's request budget and how the scheduler spends it. */
export const budgetSchema = z.object({
  provider: providerIdSchema,
  plan: z.string(),
  /** Percent of the application's quota this installation may use. */
  sharePercent: z.number().min(1).max(100),
  perMinuteLimit: z.number().int().nonnegative(),
  perMonthLimit: z.number().int().nonnegative(),
  usedThisMonth: z.number().int().nonnegative(),
  siteCount: z.number().int().nonnegative(),
  intervalSeconds: z.number().int().positive(),
  /** e.g. "120 sites on Kilowatt: refreshed every 45 min". */
  explanation: z.string(),
});
export type Budget = z.infer<typeof budgetSchema>;
