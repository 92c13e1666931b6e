/**
 * What a test (in process) or a person (over HTTP under `/__admin`) can do to a running Tesla
 * emulator: move its clock, revoke an owner's grants, inject faults, read the calls, the
 * billing and the count of re-used refresh tokens, change the billing settings, and read the
 * ground truth of a site's local day from the same samples the API serves.
 */
import { isLocalDate, type LocalDate } from '../../../shared/time';
import type { RecordedCall } from '../enphase/calls';
import type { FaultSpec } from '../enphase/faults';
import type { BillingUsage, TeslaBilling } from './billing';
import type { TeslaContext } from './context';
import type { DayTruth } from './fleet';

/** Raised for an admin argument out of range. */
export class InvalidTeslaAdminError extends Error {
  override name = 'InvalidTeslaAdminError';
}

/** A snapshot for `GET /__admin/state`. */
export interface TeslaState {
  now: number;
  billing: BillingUsage;
  refreshReuse: number;
  liveGrants: { login: string; audience: string }[];
  partners: { region: string; domain: string }[];
  pendingFaults: number;
}

/** In-process control of one emulator. */
export class TeslaAdmin {
  constructor(private readonly context: TeslaContext) {}

  /** The owner revokes the app (or changes their password): every grant of theirs ends. */
  revokeOwner(login: string): number {
    const owner = this.context.fleet.owner(login);
    if (!owner) throw new InvalidTeslaAdminError(`No emulated owner ${login}`);
    return this.context.grants.revokeOwner(owner.login);
  }

  /** Arms a fault for the next matching request(s). */
  injectFault(spec: FaultSpec): void {
    this.context.faults.add(spec);
  }

  /** Disarms every pending fault. */
  clearFaults(): void {
    this.context.faults.clear();
  }

  /** The local day's flows the app should show once synced (sums of the served samples). */
  dayTruth(energySiteId: number, date: LocalDate): DayTruth {
    if (!isLocalDate(date)) throw new InvalidTeslaAdminError(`Not a date: ${date}`);
    const { fleet } = this.context;
    return fleet.dayTruth(fleet.require(energySiteId), date);
  }

  /** Spent refresh tokens presented again (the app must keep this at 0). */
  refreshReuse(): number {
    return this.context.grants.refreshReuse;
  }

  /** The developer account's month as of the emulator's now. */
  billing(): BillingUsage {
    return { ...this.context.billing.usage(this.context.app.clientId, this.context.clock.now()) };
  }

  /** Changes prices or limits (counters are kept). */
  setBilling(settings: Partial<TeslaBilling>): void {
    for (const [name, value] of Object.entries(settings)) {
      if (!(Number.isInteger(value) && value >= 0)) {
        throw new InvalidTeslaAdminError(`${name} must be a whole number ≥ 0`);
      }
    }
    this.context.billing.settings = { ...this.context.billing.settings, ...settings };
  }

  /** Forgets the month's spend and the minute windows. */
  resetBilling(): void {
    this.context.billing.reset();
  }

  /** Every API and OAuth request answered so far, oldest first. */
  calls(): RecordedCall[] {
    return this.context.calls.list();
  }

  /** Forgets the recorded calls. */
  clearCalls(): void {
    this.context.calls.clear();
  }

  /** A snapshot of the state. */
  state(): TeslaState {
    return {
      now: this.context.clock.now(),
      billing: this.billing(),
      refreshReuse: this.refreshReuse(),
      liveGrants: this.context.grants.liveGrants(),
      partners: [...this.context.partners.values()].map(({ region, domain }) => ({
        region,
        domain,
      })),
      pendingFaults: this.context.faults.pending(),
    };
  }
}
