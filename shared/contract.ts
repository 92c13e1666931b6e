/**
 * The IPC contract: the single place a channel is described. The preload's `window.enalysis`,
 * the renderer's types and the main-side registration are all derived from these two maps, so
 * nothing about a channel is written twice. Responses are parsed on the way out too: zod drops
 * any field a schema does not name, so a secret cannot ride along on an object by accident.
 */
import { z } from 'zod';
import {
  appInfoSchema,
  portfolioSchema,
  seriesRangeSchema,
  settingsSchema,
  siteDetailSchema,
  siteSeriesSchema,
  syncStatusSchema,
  budgetSchema,
  connectionSchema,
  remoteSystemSchema,
  providerInfoSchema,
  providerIdSchema,
} from './domain';
import { signInProviders } from './sign-in-providers';
import { siteFlowsSchema } from './flows';
import { EARLIEST_ANCHOR, isLocalDate } from './time';
import { economicsRequests, economicsViewSchema, savedFileSchema, valueSchema } from './economics';
import { monthlyReportSettingsSchema, reportRequestSchema, reportSchema } from './report';
import { TAG_MAX_LENGTH, TAGS_PER_SITE_MAX } from './tags';
import {
  alertListSchema,
  alertRuleSchema,
  alertSilenceSchema,
  fleetAlertStateSchema,
} from './alerts';

const none = z.object({}).strict();
const siteId = z.string().min(1).max(200);
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
/** A downloaded app update waiting for "Restart to update" (null when there is none). */
const updateStateSchema = z.object({
  readyVersion: z.string().max(64).nullable(),
  restarting: z.boolean(),
});
/** What the renderer knows about app updates. */
export type UpdateState = z.infer<typeof updateStateSchema>;
/** A chart anchor: a real calendar day no earlier than {@link EARLIEST_ANCHOR}. */
const anchorDate = localDate
  .refine(isLocalDate, 'not a calendar date')
  .refine((date) => date >= EARLIEST_ANCHOR, `dates before ${EARLIEST_ANCHOR} are not supported`);

/** Every listed site's tags (user-defined labels that group sites); untagged sites are absent. */
const tagListSchema = z.object({
  sites: z.array(z.object({ siteId: z.string(), tags: z.array(z.string()) })),
});
/** What the renderer knows about site tags. */
export type TagList = z.infer<typeof tagListSchema>;

/** Invoke-style calls: renderer asks, main answers once. Names are `namespace.method`. */
export const invokeContract = {
  'app.info': { request: none, response: appInfoSchema },
  'portfolio.get': { request: none, response: portfolioSchema },
  'site.get': { request: z.object({ siteId }).strict(), response: siteDetailSchema },
  'site.series': {
    request: z.object({ siteId, range: seriesRangeSchema, anchor: anchorDate }).strict(),
    response: siteSeriesSchema,
  },
  /** Home, grid and battery flows over local days [from, to] (sites that measure them). */
  'site.flows': {
    request: z.object({ siteId, from: anchorDate, to: anchorDate }).strict(),
    response: siteFlowsSchema,
  },
  'settings.get': { request: none, response: settingsSchema },
  'settings.update': { request: settingsSchema.partial().strict(), response: settingsSchema },
  'sync.status': { request: none, response: syncStatusSchema },
  'sync.refreshNow': { request: none, response: syncStatusSchema },
  'connections.list': {
    request: none,
    response: z.object({ connections: z.array(connectionSchema), keyringProtected: z.boolean() }),
  },
  /** Signs in with the provider (popup by default), stores the tokens, lists the account's systems. */
  'connections.connect': {
    request: z
      .object({
        provider: z.enum(signInProviders),
        method: z.enum(['popup', 'browser']).default('popup'),
      })
      .strict(),
    response: z.object({
      connection: connectionSchema,
      systems: z.array(remoteSystemSchema),
      reconnected: z.boolean(),
    }),
  },
  /**
   * Connects an account by an API key the person pasted: checked with one real call, stored
   * encrypted like tokens, never sent back. Answers like connections.connect. With
   * `connectionId` it is that card's Reconnect: the key must open the same account.
   */
  'connections.connectKey': {
    request: z
      .object({
        provider: providerIdSchema,
        key: z.string().trim().min(1).max(1000),
        connectionId: z.string().min(1).max(200).optional(),
      })
      .strict(),
    response: z.object({
      connection: connectionSchema,
      systems: z.array(remoteSystemSchema),
      reconnected: z.boolean(),
    }),
  },
  /** The account's systems, for changing which ones are sites. */
  'connections.systems': {
    request: z.object({ connectionId: z.string().min(1).max(200) }).strict(),
    response: z.object({ systems: z.array(remoteSystemSchema) }),
  },
  /** Makes exactly these systems the connection's sites (backfill starts for new ones). */
  'connections.chooseSites': {
    request: z
      .object({
        connectionId: z.string().min(1).max(200),
        externalIds: z.array(z.string().min(1).max(100)).max(2000),
      })
      .strict(),
    response: connectionSchema,
  },
  /** Makes one real call with the stored tokens. */
  'connections.test': {
    request: z.object({ connectionId: z.string().min(1).max(200) }).strict(),
    response: z.object({ ok: z.boolean(), message: z.string() }),
  },
  'connections.disconnect': {
    request: z.object({ connectionId: z.string().min(1).max(200), keepData: z.boolean() }).strict(),
    response: z.object({ connections: z.array(connectionSchema) }),
  },
  'budget.get': { request: none, response: z.object({ budgets: z.array(budgetSchema) }) },
  /** The registered providers' public declarations (name, how to connect, quota): no secret. */
  'providers.list': {
    request: none,
    response: z.object({ providers: z.array(providerInfoSchema) }),
  },
  /** Prices, emission factors and the currency in use. */
  'economics.get': { request: none, response: economicsViewSchema },
  'economics.update': { request: economicsRequests.update, response: economicsViewSchema },
  /** One site's own prices or factor (null: follow the fleet default again). */
  'economics.setSite': { request: economicsRequests.setSite, response: economicsViewSchema },
  /** Savings and CO2 avoided per site and in total for local dates [from, to]. */
  'economics.value': { request: economicsRequests.value, response: valueSchema },
  /** Writes the portfolio export (CSV or XLSX) where the person chooses in the save dialog. */
  'reports.export': { request: economicsRequests.export, response: savedFileSchema },
  /** The numbers of a fleet or site report for a month or a year (the print layout reads them). */
  'reports.get': { request: reportRequestSchema, response: reportSchema },
  /** Prints a report to PDF and saves it where the person chooses (`rows`: sites in it). */
  'reports.savePdf': { request: reportRequestSchema, response: savedFileSchema },
  /** Whether last month's fleet report is written on the 1st, and where. */
  'reports.monthly': { request: none, response: monthlyReportSettingsSchema },
  'reports.setMonthly': {
    request: z.object({ enabled: z.boolean() }).strict(),
    response: monthlyReportSettingsSchema,
  },
  /** Opens the OS folder dialog in main; the renderer never sends a path. */
  'reports.chooseMonthlyFolder': { request: none, response: monthlyReportSettingsSchema },
  /** Whether a downloaded update is ready to install. */
  'update.status': { request: none, response: updateStateSchema },
  /** "Restart to update": installs once no sync write is running; the app then restarts. */
  'update.restart': { request: none, response: updateStateSchema },
  /** Open or past alerts, optionally of one site, with the silences in force. */
  'alerts.list': {
    request: z
      .object({ scope: z.enum(['open', 'past', 'all']), siteId: siteId.optional() })
      .strict(),
    response: alertListSchema,
  },
  'alerts.acknowledge': {
    request: z.object({ id: z.number().int().positive() }).strict(),
    response: fleetAlertStateSchema,
  },
  /** Snoozes (until an instant) or mutes (until null) a rule at a site, account or the app. */
  'alerts.silence': { request: alertSilenceSchema.strict(), response: fleetAlertStateSchema },
  'alerts.unsilence': {
    request: z
      .object({
        subject: z.string().min(1).max(300),
        rule: z.union([alertRuleSchema, z.literal('*')]),
      })
      .strict(),
    response: fleetAlertStateSchema,
  },
  'tags.list': { request: none, response: tagListSchema },
  /** Replaces one site's tags (cleaned, duplicates dropped in main); answers with every site's tags. */
  'tags.set': {
    request: z
      .object({
        siteId,
        tags: z.array(z.string().trim().min(1).max(TAG_MAX_LENGTH)).max(TAGS_PER_SITE_MAX * 4),
      })
      .strict(),
    response: tagListSchema,
  },
} as const;

/** Events main pushes to the renderer. */
export const eventContract = {
  'data-updated': z.object({ siteIds: z.array(z.string()), at: z.number().int() }),
  'sync-progress': syncStatusSchema,
  'online-changed': z.object({ online: z.boolean() }),
  'settings-changed': settingsSchema,
  'connection-changed': z.object({
    connectionId: z.string(),
    state: z.enum(['connected', 'needs_reauth', 'removed']),
  }),
  'update-ready': updateStateSchema,
  'alerts-changed': fleetAlertStateSchema,
  /** Main asks the window to show a page (a notification or the tray menu was clicked). */
  navigate: z.object({ hash: z.string().regex(/^#\/[^\s]{0,500}$/) }),
} as const;

export type InvokeChannel = keyof typeof invokeContract;
export type EventName = keyof typeof eventContract;
export type RequestOf<C extends InvokeChannel> = z.input<(typeof invokeContract)[C]['request']>;
export type ResponseOf<C extends InvokeChannel> = z.output<(typeof invokeContract)[C]['response']>;
export type EventPayload<E extends EventName> = z.output<(typeof eventContract)[E]>;

/**
 * What each channel does to connections and settings: `change` channels are refused in kiosk
 * mode (a visitor at a trade-show stand must not disconnect accounts or change settings). Every
 * channel must be listed, so a new one cannot be added without deciding.
 */
export const channelEffects: Readonly<Record<InvokeChannel, 'read' | 'change'>> = {
  'app.info': 'read',
  'portfolio.get': 'read',
  'site.get': 'read',
  'site.series': 'read',
  'site.flows': 'read',
  'settings.get': 'read',
  'settings.update': 'change',
  'sync.status': 'read',
  'sync.refreshNow': 'read',
  'connections.list': 'read',
  'connections.connect': 'change',
  'connections.connectKey': 'change',
  'connections.systems': 'read',
  'connections.chooseSites': 'change',
  'connections.test': 'change',
  'connections.disconnect': 'change',
  'budget.get': 'read',
  'providers.list': 'read',
  'economics.get': 'read',
  'economics.update': 'change',
  'economics.setSite': 'change',
  'economics.value': 'read',
  // Exports and PDFs write files through a save dialog: not for a visitor at a kiosk.
  'reports.export': 'change',
  'reports.get': 'read',
  'reports.savePdf': 'change',
  'reports.monthly': 'read',
  'reports.setMonthly': 'change',
  'reports.chooseMonthlyFolder': 'change',
  'update.status': 'read',
  'alerts.list': 'read',
  // Acknowledging, snoozing and muting change what the owner is told: not for a kiosk visitor.
  'alerts.acknowledge': 'change',
  'alerts.silence': 'change',
  'alerts.unsilence': 'change',
  // Restarting quits the app: not for a visitor at a kiosk.
  'update.restart': 'change',
  'tags.list': 'read',
  // Tags are the owner's grouping of their fleet: not for a kiosk visitor to rename.
  'tags.set': 'change',
};

/** Every invoke channel name, for the preload and the main-side registration. */
export const invokeChannels = Object.keys(invokeContract) as InvokeChannel[];
/** Every event name. */
export const eventNames = Object.keys(eventContract) as EventName[];

/**
 * The channels a report's hidden print window may call, and nothing else: it renders the app's
 * own page, but it has no business changing anything (each is a `read` in `channelEffects`).
 */
export const readOnlyChannels: ReadonlySet<InvokeChannel> = new Set<InvokeChannel>([
  'app.info',
  'settings.get',
  'sync.status',
  'portfolio.get',
  'economics.get',
  'reports.get',
  'reports.monthly',
]);

/** Why a call failed, in words the renderer can show as they are. */
export const ipcErrorSchema = z.object({
  code: z.enum([
    'invalid_request',
    'unknown_channel',
    'forbidden',
    'not_found',
    'unavailable',
    'needs_reauth',
    /** The user stopped something on purpose (closed the sign-in window): not a failure. */
    'cancelled',
    'internal',
  ]),
  message: z.string(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

/** What every invoke resolves to: calls never reject across the bridge. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** The IPC name of an invoke channel (namespaced so it cannot collide with Electron's own). */
export function ipcChannelName(channel: InvokeChannel): string {
  return `enalysis:${channel}`;
}

/** The IPC name of a pushed event. */
export function ipcEventName(event: EventName): string {
  return `enalysis-event:${event}`;
}
