/**
 * The user's settings as both processes see them: main validates and stores them
 * (electron/services/settings.ts), the renderer edits them. Nothing secret lives here.
 */
import { z } from 'zod';

/** User settings; nothing secret lives here. */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']),
  energyUnit: z.enum(['auto', 'kWh', 'MWh']),
  /** Show the built-in demo fleet even when real connections exist. */
  demoMode: z.boolean(),
  /** Minutes between two refreshes of one site (providers never below `providerRefreshFloorMinutes` in shared/limits.ts). */
  refreshFloorMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  /** Seconds each site stays on screen in kiosk mode. */
  kioskSeconds: z.number().int().min(5).max(600),
  /**
   * Operators only: the Enphase plan the platform runs on, when it differs from the platform
   * configuration (null: the configured plan). It decides the quota.
   */
  enphasePlan: z.enum(['watt', 'kilowatt', 'megawatt', 'partner']).nullable(),
  /**
   * Operators only: percent of the Enphase application's quota this installation may spend,
   * when it differs from the platform configuration (null: the configured share).
   */
  enphaseSharePercent: z.number().int().min(1).max(100).nullable(),
  /**
   * On a computer without a system keyring (Linux basic_text): keep sign-ins between sessions
   * (stored with a key anyone who can read the user's files can use), or sign in again each time.
   */
  rememberSignIns: z.boolean(),
  /** Desktop notifications when an alert begins. */
  notifyAlerts: z.boolean(),
  /** One notification a day (at the end of quiet hours, or 08:00) instead of one per alert. */
  dailyDigest: z.boolean(),
  /** Quiet hours in the computer's local time ("22:00"–"07:00"); empty strings: none. */
  quietFrom: z.string().regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/, 'expected HH:MM'),
  quietTo: z.string().regex(/^(|([01]\d|2[0-3]):[0-5]\d)$/, 'expected HH:MM'),
  /** Closing the window keeps the app watching from the tray. */
  closeToTray: z.boolean(),
  /** Start the app (in the tray) when the user logs in. */
  launchAtLogin: z.boolean(),
  /** Refreshing paused by the person (tray or status area); kept across restarts until resumed. */
  refreshPaused: z.boolean(),
  /** The language of the app: `system` follows the operating system's preferred languages. */
  language: z.enum(['system', 'en', 'de']),
  /** The SolarEdge plan's credits a month (the free developer tier: 2,000). */
  solaredgeCreditsPerMonth: z.number().int().min(1).max(100_000_000),
  /** The SolarEdge plan's credits a minute (the free developer tier: 10). */
  solaredgeCreditsPerMinute: z.number().int().min(1).max(100_000),
  /**
   * The most Tesla's Fleet API may cost this installation in a calendar month (US$; the
   * default is Tesla's free monthly credit). Refreshes are spaced to stay under it and stop
   * at it.
   */
  teslaSpendLimitUsd: z.number().min(0).max(10_000),
});
export type Settings = z.infer<typeof settingsSchema>;
