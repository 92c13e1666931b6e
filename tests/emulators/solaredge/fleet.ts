/**
 * The emulated sites seen through the emulator clock: who may read what (fleet keys see their
 * account's sites, a homeowner's grant sees one site), which quarters the cloud has by now
 * (every quarter that ended `dataDelaySeconds` ago), and the energy of any local span, always
 * summed from the same integer quarters.
 */
import { addDays, localDateOf, type LocalDate } from '../../../shared/time';
import type { EmulatorClock } from '../enphase/clock';
import { localDayEnd, localMidnight } from '../enphase/days';
import {
  buildSiteModel,
  inverterFaultSince,
  knownEnergy,
  modelQuarters,
  QUARTER_SECONDS,
  type Quarter,
  type SiteModel,
} from './production';
import { assertValidFleet, type FleetAccountSpec, type OwnerSpec } from './sites';

/** What the fleet needs to exist. */
export interface FleetOptions {
  accounts: readonly FleetAccountSpec[];
  owners: readonly OwnerSpec[];
  clock: EmulatorClock;
  seed: number;
  dataDelaySeconds: number;
}

/** Raised for a site id the fleet does not have. */
export class UnknownSiteError extends Error {
  override name = 'UnknownSiteError';
}

/** The sites, who may read them, and what the cloud knows about them now. */
export class SiteFleet {
  readonly accounts: readonly FleetAccountSpec[];
  readonly owners: readonly OwnerSpec[];
  dataDelaySeconds: number;
  private readonly clock: EmulatorClock;
  private readonly models = new Map<number, SiteModel>();
  private readonly keyOf = new Map<number, string>();

  constructor(options: FleetOptions) {
    assertValidFleet(options.accounts, options.owners);
    this.accounts = options.accounts;
    this.owners = options.owners;
    this.clock = options.clock;
    this.dataDelaySeconds = options.dataDelaySeconds;
    for (const account of options.accounts) {
      for (const spec of account.sites) {
        this.models.set(spec.siteId, buildSiteModel(spec, options.seed));
        this.keyOf.set(spec.siteId, account.apiKey);
      }
    }
    for (const owner of options.owners) {
      for (const spec of owner.sites)
        this.models.set(spec.siteId, buildSiteModel(spec, options.seed));
    }
  }

  /** The fleet account behind an API key, or undefined. */
  accountOfKey(key: string): FleetAccountSpec | undefined {
    return this.accounts.find((account) => account.apiKey === key);
  }

  /** The homeowner with this login (e-mails compare case-insensitively). */
  owner(login: string): OwnerSpec | undefined {
    const wanted = login.trim().toLowerCase();
    return this.owners.find((owner) => owner.login.toLowerCase() === wanted);
  }

  /** A site by id, or undefined. */
  model(siteId: number): SiteModel | undefined {
    return this.models.get(siteId);
  }

  /** A site by id; throws for tests that name one that does not exist. */
  require(siteId: number): SiteModel {
    const model = this.models.get(siteId);
    if (!model) throw new UnknownSiteError(`No emulated site ${siteId}`);
    return model;
  }

  /** The API key whose account holds the site, or undefined for homeowners' sites. */
  keyHolding(siteId: number): string | undefined {
    return this.keyOf.get(siteId);
  }

  /** The emulator clock's instant. */
  now(): number {
    return this.clock.now();
  }

  /** End of the newest quarter the cloud has (a multiple of 15 minutes). */
  dataEnd(): number {
    const end = this.clock.now() - this.dataDelaySeconds;
    return Math.floor(end / QUARTER_SECONDS) * QUARTER_SECONDS;
  }

  /** Quarters starting in [from, to) as the API reports them: null when not (yet) known. */
  quarters(model: SiteModel, from: number, to: number): Quarter[] {
    const start = Math.ceil(from / QUARTER_SECONDS) * QUARTER_SECONDS;
    const end = Math.ceil(to / QUARTER_SECONDS) * QUARTER_SECONDS;
    const known = Math.min(end, Math.max(start, this.dataEnd()));
    const out = modelQuarters(model, start, known);
    for (let at = known; at < end; at += QUARTER_SECONDS)
      out.push({ start: at, wh: null, w: null });
    return out;
  }

  /** Energy (Wh) of the instants [start, end) from the quarters known now, null if none. */
  energy(model: SiteModel, start: number, end: number): number | null {
    return knownEnergy(model, start, end, this.dataEnd());
  }

  /** A local day's energy (Wh) as the API would report it now: the ground truth for tests. */
  dayWh(model: SiteModel, date: LocalDate): number | null {
    const zone = model.spec.timezone;
    return this.energy(model, localMidnight(date, zone), localDayEnd(date, zone));
  }

  /** Today's date in the site's zone. */
  today(model: SiteModel): LocalDate {
    return localDateOf(this.clock.now(), model.spec.timezone);
  }

  /** Sum of local days [from, to) (Wh), day by day so finished days come from the cache. */
  daysEnergy(model: SiteModel, from: LocalDate, to: LocalDate): number | null {
    let total: number | null = null;
    for (let date = from; date < to; date = addDays(date, 1)) {
      const wh = this.dayWh(model, date);
      if (wh !== null) total = (total ?? 0) + wh;
    }
    return total;
  }

  /** Average power of the newest known quarter (W), 0 at night, null before any data. */
  currentPowerW(model: SiteModel): number | null {
    const end = this.dataEnd();
    return this.quarters(model, end - QUARTER_SECONDS, end)[0]?.w ?? null;
  }

  /** When the inverter fault now in effect began, or null. */
  faultSince(model: SiteModel): number | null {
    return model.spec.inverterFault ? inverterFaultSince(model, this.clock.now()) : null;
  }
}
