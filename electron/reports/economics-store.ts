/**
 * Money and CO2 behind the `economics.*` channels. The user's prices and factors live in the
 * settings store (key `economics`), not in the cache: they are a few typed-in numbers, not time
 * series, and they must survive the cache being rebuilt after damage (the cache is a copy of the
 * providers' data and can be downloaded again; a person's prices cannot).
 */
import type { z } from 'zod';
import {
  economicsSettingsSchema,
  type economicsRequests,
  type EconomicValue,
  type EconomicsSettings,
  type EconomicsView,
} from '../../shared/economics';
import type { CacheStore, SiteRecord } from '../cache/types';
import { InvalidRequestError, NotFoundError } from '../errors';
import type { KeyValueStore, Logger } from '../ports';
import { currencyForLocale } from './currency';
import { defaultEconomics, effectiveRates, valueOfEnergy } from './economics';
import type { Words } from '../i18n/words';
import { gridFactorSource, gridFactorTable, WORLD_AVERAGE_KG_PER_KWH } from './grid-factors';

const storeKey = 'economics';

type UpdateRequest = z.output<typeof economicsRequests.update>;
type SiteRequest = z.output<typeof economicsRequests.setSite>;

/** Reads and writes the money and CO2 settings; computes savings and CO2 from the cache. */
export class EconomicsService {
  constructor(
    private readonly store: KeyValueStore,
    private readonly locale: string,
    private readonly log: Logger,
    private readonly words: Words,
  ) {}

  /** The stored settings; a damaged value falls back to the defaults (and says so in the log). */
  settings(): EconomicsSettings {
    const stored = this.store.get<unknown>(storeKey);
    if (stored === undefined) return structuredClone(defaultEconomics);
    const parsed = economicsSettingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.log.warn('stored money and CO2 settings were invalid; using defaults', {
      issue: parsed.error.issues[0]?.message,
    });
    return structuredClone(defaultEconomics);
  }

  /** The currency in use: the setting, or the OS locale's. */
  currency(settings = this.settings()): string {
    return settings.currency ?? currencyForLocale(this.locale);
  }

  /** Where the grid factors come from, in the user's language (reports print it too). */
  factorSource(): string {
    return gridFactorSource(this.words);
  }

  /** The `economics.get` answer. */
  view(): EconomicsView {
    const settings = this.settings();
    return {
      settings,
      currency: this.currency(settings),
      table: gridFactorTable(),
      worldAverageKgPerKwh: WORLD_AVERAGE_KG_PER_KWH,
      tableSource: this.factorSource(),
    };
  }

  /** Changes the currency, the fleet default or the country factors. */
  update(patch: UpdateRequest): EconomicsView {
    const current = this.settings();
    this.save({
      ...current,
      ...(patch.currency !== undefined ? { currency: patch.currency } : {}),
      ...(patch.fleet ? { fleet: patch.fleet } : {}),
      ...(patch.emissionFactors ? { emissionFactors: patch.emissionFactors } : {}),
    });
    return this.view();
  }

  /** Sets (or with null, clears) one site's own values; the site must exist. */
  setSite({ siteId, override }: SiteRequest, site: SiteRecord | null): EconomicsView {
    if (!site) throw new NotFoundError({ key: 'error.siteGone' });
    const current = this.settings();
    const sites = { ...current.sites };
    if (override === null || Object.keys(override).length === 0) delete sites[siteId];
    else sites[siteId] = override;
    this.save({ ...current, sites });
    return this.view();
  }

  /** Savings and CO2 avoided for each site over its own local dates [from, to]. */
  value(cache: CacheStore, sites: SiteRecord[], from: string, to: string): EconomicValue {
    if (from > to) throw new InvalidRequestError({ key: 'error.reports.periodBackwards' });
    const settings = this.settings();
    const rows = sites.map((site) => {
      const wh = cache.daily(site.id, from, to).reduce((sum, day) => sum + day.wh, 0);
      const rates = effectiveRates(settings, site);
      return {
        siteId: site.id,
        wh,
        ...valueOfEnergy(wh, rates),
        factorKgPerKwh: rates.factorKgPerKwh,
        factorSource: rates.factorSource,
      };
    });
    const sum = (pick: (row: (typeof rows)[number]) => number) =>
      rows.reduce((total, row) => total + pick(row), 0);
    return {
      from,
      to,
      currency: this.currency(settings),
      sites: rows,
      totals: { wh: sum((r) => r.wh), savings: sum((r) => r.savings), co2Kg: sum((r) => r.co2Kg) },
    };
  }

  private save(next: EconomicsSettings): void {
    const checked = economicsSettingsSchema.safeParse(next);
    if (!checked.success) {
      const issue = checked.error.issues[0];
      throw new InvalidRequestError({
        key: 'error.reports.economicsInvalid',
        params: { setting: issue?.path.join('.') ?? '?', detail: issue?.message ?? 'malformed' },
      });
    }
    this.store.set(storeKey, checked.data);
  }
}
