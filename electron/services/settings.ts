/**
 * Settings behind the `settings.*` channels: defaults, validation and persistence in the
 * settings store (electron-store in the app, conf in tests). Nothing secret lives here.
 */
import { settingsSchema, type Settings } from '../../shared/domain';
import { InvalidRequestError } from '../errors';
import type { KeyValueStore, Logger } from '../ports';

/** What a new installation starts with. */
export const defaultSettings: Settings = {
  theme: 'system',
  energyUnit: 'auto',
  demoMode: false,
  refreshFloorMinutes: 15,
  kioskSeconds: 20,
  // The platform configuration decides (electron/config.ts) unless an operator overrides it.
  enphasePlan: null,
  enphaseSharePercent: null,
  rememberSignIns: true,
  notifyAlerts: true,
  dailyDigest: false,
  quietFrom: '',
  quietTo: '',
  closeToTray: true,
  launchAtLogin: false,
  refreshPaused: false,
  language: 'system',
  // SolarEdge's free developer tier (reference); a paid plan is set on the Connections page.
  solaredgeCreditsPerMonth: 2_000,
  solaredgeCreditsPerMinute: 10,
  // Tesla's monthly credit: within it the Fleet API costs nothing.
  teslaSpendLimitUsd: 10,
};

const storeKey = 'settings';

/** Reads and writes the user's settings; a damaged stored value falls back to the defaults. */
export class SettingsService {
  private listeners = new Set<(settings: Settings) => void>();

  constructor(
    private readonly store: KeyValueStore,
    private readonly log: Logger,
  ) {}

  /** The current settings, every field present. */
  get(): Settings {
    const stored = this.store.get<unknown>(storeKey);
    const parsed = settingsSchema.partial().safeParse(stored ?? {});
    if (!parsed.success) {
      this.log.warn('stored settings were invalid; using defaults', {
        issue: parsed.error.issues[0]?.message,
      });
      return { ...defaultSettings };
    }
    return { ...defaultSettings, ...parsed.data };
  }

  /** Applies a partial update after validating the merged result. */
  update(patch: Partial<Settings>): Settings {
    const merged = settingsSchema.safeParse({ ...this.get(), ...patch });
    if (!merged.success) {
      const issue = merged.error.issues[0];
      throw new InvalidRequestError({
        key: 'error.settingInvalid',
        params: { setting: issue?.path.join('.') ?? '?', detail: issue?.message ?? 'malformed' },
      });
    }
    this.store.set(storeKey, merged.data);
    for (const listener of this.listeners) listener(merged.data);
    return merged.data;
  }

  /** Called after every successful update. */
  onChange(listener: (settings: Settings) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
