/**
 * The emulated systems seen through the emulator clock: who owns what, which data the cloud
 * has by now (Wi-Fi/Ethernet: every interval up to `now - dataDelaySeconds`; cellular: only up
 * to the last 6-hour upload the delay has let through), the reported status and the energy
 * totals the API answers with. Every total is a sum of the same 5-minute intervals.
 */
import { addDays, daysBetween, localDateOf, type LocalDate } from '../../../shared/time';
import type { EmulatorClock } from './clock';
import { datesBetween, localDayEnd, localMidnight } from './days';
import {
  buildSystemModel,
  dayEnergies,
  estimatedEnergy,
  INTERVAL_SECONDS,
  microFaultSince,
  microIntervals,
  offlineSince,
  type MicroInterval,
  type SystemModel,
} from './production';
import { assertValidAccounts, type AccountSpec } from './systems';

/** Upload period of a gateway on Wi-Fi or Ethernet (s). */
export const FAST_UPLOAD_SECONDS = 15 * 60;
/** Upload period of a cellular gateway (s). */
export const CELLULAR_UPLOAD_SECONDS = 6 * 3600;
/** Days before the start date from which the summary's lifetime counter is summed exactly. */
const EXACT_LIFETIME_DAYS = 30;

/** What the fleet needs to exist. */
export interface FleetOptions {
  accounts: readonly AccountSpec[];
  clock: EmulatorClock;
  seed: number;
  dataDelaySeconds: number;
}

/** Raised for a system id or login the fleet does not have. */
export class UnknownSystemError extends Error {
  override name = 'UnknownSystemError';
}

/** The systems, their owners and what the cloud knows about them at the clock's instant. */
export class Fleet {
  readonly startedAt: number;
  readonly accounts: readonly AccountSpec[];
  dataDelaySeconds: number;
  private readonly clock: EmulatorClock;
  private readonly models = new Map<number, SystemModel>();
  private readonly owners = new Map<number, AccountSpec>();
  private readonly lastEnergy = new Map<number, { dataEnd: number; at: number | null }>();

  constructor(options: FleetOptions) {
    assertValidAccounts(options.accounts);
    this.accounts = options.accounts;
    this.clock = options.clock;
    this.dataDelaySeconds = options.dataDelaySeconds;
    this.startedAt = options.clock.now();
    for (const account of options.accounts) {
      for (const spec of account.systems) {
        this.models.set(spec.systemId, buildSystemModel(spec, options.seed));
        this.owners.set(spec.systemId, account);
      }
    }
  }

  /** The account with this login (e-mails compare case-insensitively). */
  account(login: string): AccountSpec | undefined {
    const wanted = login.trim().toLowerCase();
    return this.accounts.find((account) => account.login.toLowerCase() === wanted);
  }

  /** The account's systems, in fixture order. */
  systemsOf(account: AccountSpec): SystemModel[] {
    return account.systems.map((spec) => this.models.get(spec.systemId)!);
  }

  /** A system by id, or undefined. */
  model(systemId: number): SystemModel | undefined {
    return this.models.get(systemId);
  }

  /** A system by id; throws for tests that name one that does not exist. */
  require(systemId: number): SystemModel {
    const model = this.models.get(systemId);
    if (!model) throw new UnknownSystemError(`No emulated system ${systemId}`);
    return model;
  }

  /** The owner of a system. */
  ownerOf(systemId: number): AccountSpec | undefined {
    return this.owners.get(systemId);
  }

  /** End of the newest interval the cloud has received and processed. */
  dataEndAt(model: SystemModel): number {
    const period =
      model.spec.connectionType === 'cellular' ? CELLULAR_UPLOAD_SECONDS : INTERVAL_SECONDS;
    const end = Math.floor((this.clock.now() - this.dataDelaySeconds) / period) * period;
    // While the gateway is silent nothing after the outage began arrives; afterwards it
    // uploads its buffer and the gap fills in.
    const silentSince = offlineSince(model, this.clock.now());
    if (silentSince === null) return end;
    return Math.min(end, Math.floor(silentSince / INTERVAL_SECONDS) * INTERVAL_SECONDS);
  }

  /** The gateway's last upload: recent even when the newest interval is older. */
  lastReportAt(model: SystemModel): number {
    const period = uploadPeriod(model);
    const last = Math.max(Math.floor(this.clock.now() / period) * period, this.dataEndAt(model));
    const silentSince = offlineSince(model, this.clock.now());
    return silentSince === null ? last : Math.min(last, silentSince);
  }

  /** End of the newest received interval with energy, or null if none in the past week. */
  lastEnergyAt(model: SystemModel): number | null {
    const dataEnd = this.dataEndAt(model);
    const cached = this.lastEnergy.get(model.spec.systemId);
    if (cached?.dataEnd === dataEnd) return cached.at;
    let at: number | null = null;
    for (let day = 0; day < 7 && at === null; day++) {
      const to = dataEnd - day * 86_400;
      const intervals = microIntervals(model, to - 86_400, to);
      for (let i = intervals.length - 1; i >= 0; i--) {
        if (intervals[i]!.enwh > 0) {
          at = intervals[i]!.end_at;
          break;
        }
      }
    }
    this.lastEnergy.set(model.spec.systemId, { dataEnd, at });
    return at;
  }

  /** The status string the API reports now. */
  status(model: SystemModel): string {
    if (model.spec.statusOverride) return model.spec.statusOverride;
    const now = this.clock.now();
    if (offlineSince(model, now) !== null) return 'comm';
    if (microFaultSince(model, now) !== null) return 'micro';
    return 'normal';
  }

  /** The emulator clock's instant. */
  now(): number {
    return this.clock.now();
  }

  /** Today's date in the system's zone. */
  today(model: SystemModel): LocalDate {
    return localDateOf(this.clock.now(), model.spec.timezone);
  }

  /** Received intervals with `from < end_at <= to`. */
  receivedIntervals(model: SystemModel, from: number, to: number): MicroInterval[] {
    return microIntervals(model, from, Math.min(to, this.dataEndAt(model)));
  }

  /** A local day's energy from the received intervals (Wh): what the app can know. */
  dayWh(model: SystemModel, date: LocalDate): number {
    return this.daysWh(model, [date])[0]!;
  }

  /** Energy of each date (ascending, consecutive for speed), 0 before the operational date. */
  daysWh(model: SystemModel, dates: readonly LocalDate[]): number[] {
    const zone = model.spec.timezone;
    const operational = model.spec.operationalDate;
    const bounds = dates.map((date) => ({
      start: localMidnight(date, zone),
      end: localDayEnd(date, zone),
    }));
    const energies = dayEnergies(model, bounds, this.dataEndAt(model));
    return energies.map((wh, i) => (dates[i]! < operational ? 0 : wh));
  }

  /**
   * The lifetime counter before `date` (Wh): exact days from a month before the emulator
   * started, a per-kWp estimate before that, so it grows by exactly `dayWh` each day.
   */
  lifetimeBefore(model: SystemModel, date: LocalDate): number {
    const operational = model.spec.operationalDate;
    if (date <= operational) return 0;
    const exactFrom = addDays(
      localDateOf(this.startedAt, model.spec.timezone),
      -EXACT_LIFETIME_DAYS,
    );
    const windowStart = exactFrom > operational ? exactFrom : operational;
    if (date <= windowStart) return estimatedEnergy(model, daysBetween(operational, date));
    const exactDays = datesBetween(windowStart, date).slice(0, -1);
    const exact = this.daysWh(model, exactDays).reduce((sum, wh) => sum + wh, 0);
    return estimatedEnergy(model, daysBetween(operational, windowStart)) + exact;
  }
}

function uploadPeriod(model: SystemModel): number {
  return model.spec.connectionType === 'cellular' ? CELLULAR_UPLOAD_SECONDS : FAST_UPLOAD_SECONDS;
}
