/**
 * What a test (in process) or a person (over HTTP under `/__admin`) can do to the running
 * emulator: move its clock, revoke an owner's grant, inject faults, read the calls it answered
 * and the totals the app should show, change the plan or the quota counters.
 */
import type { Incident } from '../../../electron/providers/demo/incidents';
import { isLocalDate, type LocalDate } from '../../../shared/time';
import type { RecordedCall } from './calls';
import type { EmulatorContext } from './context';
import type { FaultSpec } from './faults';
import { isPlan, type Plan, type QuotaUsage } from './quota';

/** Raised for an admin action naming an account the emulator does not have. */
export class UnknownAccountError extends Error {
  override name = 'UnknownAccountError';
}

/** Raised for an admin argument out of range. */
export class InvalidAdminArgumentError extends Error {
  override name = 'InvalidAdminArgumentError';
}

/** A snapshot of the emulator's state, for `GET /__admin/state` and debugging. */
export interface EmulatorState {
  now: number;
  plan: Plan;
  usage: QuotaUsage;
  latencyMs: number;
  dataDelaySeconds: number;
  pendingFaults: number;
  accounts: { login: string; revoked: boolean; systemIds: number[] }[];
}

/** In-process control of one emulator. */
export class EmulatorAdmin {
  private readonly revoked = new Set<string>();

  constructor(private readonly context: EmulatorContext) {}

  /** The owner revokes the app: every token issued so far gets 401 / invalid_grant. */
  revokeAccount(login: string): void {
    const account = this.accountOf(login);
    this.context.tokens.revoke(account.login);
    this.revoked.add(account.login);
  }

  /** Brings the revoked (and not since spent) tokens back. */
  restoreAccount(login: string): void {
    const account = this.accountOf(login);
    this.context.tokens.restore(account.login);
    this.revoked.delete(account.login);
  }

  /** Arms a fault for the next matching request(s); see {@link FaultSpec}. */
  injectFault(spec: FaultSpec): void {
    this.context.faults.add(spec);
  }

  /** Disarms every pending fault. */
  clearFaults(): void {
    this.context.faults.clear();
  }

  /**
   * The day's energy (Wh) from the data the cloud has at the emulator's now: what the app
   * should show for that system and local date once it has synced.
   */
  expectedDailyWh(systemId: number, localDate: LocalDate): number {
    if (!isLocalDate(localDate)) throw new InvalidAdminArgumentError(`Not a date: ${localDate}`);
    return this.context.fleet.dayWh(this.context.fleet.require(systemId), localDate);
  }

  /** Every API and OAuth request answered so far, oldest first. */
  calls(): RecordedCall[] {
    return this.context.calls.list();
  }

  /** Forgets the recorded calls. */
  clearCalls(): void {
    this.context.calls.clear();
  }

  /** Zeroes the per-minute and per-month counters. */
  resetQuota(): void {
    this.context.quota.reset();
  }

  /** Switches the application's plan (counters are kept). */
  setPlan(plan: Plan): void {
    if (!isPlan(plan)) throw new InvalidAdminArgumentError(`Unknown plan ${String(plan)}`);
    this.context.quota.plan = plan;
  }

  /** Both quota windows as seen now. */
  usage(): QuotaUsage {
    return this.context.quota.usage(this.context.clock.now());
  }

  /** Delay added to every API and OAuth answer (ms). */
  setLatency(ms: number): void {
    if (!(Number.isFinite(ms) && ms >= 0 && ms <= 60_000)) {
      throw new InvalidAdminArgumentError('latency must be 0–60000 ms');
    }
    this.context.latencyMs = ms;
  }

  /**
   * Injects a production incident (trip, snow, overcast, degradation) into the listed systems,
   * with a known start and end. Gateway silences are the systems' `gatewayOffline` spec.
   */
  addIncident(incident: Incident): void {
    if (incident.kind === 'offline') {
      throw new InvalidAdminArgumentError('Gateway outages are set per system (gatewayOffline).');
    }
    if (!(incident.from < incident.to))
      throw new InvalidAdminArgumentError('from must be before to');
    for (const site of incident.sites) {
      const model = this.context.fleet.require(Number(site));
      model.incidents.push(incident);
      // Finished days are cached under the key: a changed history needs a new one.
      model.cacheKey = JSON.stringify([model.spec, model.seed, model.incidents]);
    }
  }

  /** How long the cloud takes to show an uploaded interval (s). */
  setDataDelay(seconds: number): void {
    if (!(Number.isInteger(seconds) && seconds >= 0 && seconds <= 86_400)) {
      throw new InvalidAdminArgumentError('data delay must be 0–86400 s');
    }
    this.context.fleet.dataDelaySeconds = seconds;
  }

  /** A snapshot of the state. */
  state(): EmulatorState {
    const { clock, quota, fleet, faults } = this.context;
    return {
      now: clock.now(),
      plan: quota.plan,
      usage: this.usage(),
      latencyMs: this.context.latencyMs,
      dataDelaySeconds: fleet.dataDelaySeconds,
      pendingFaults: faults.pending(),
      accounts: fleet.accounts.map((account) => ({
        login: account.login,
        revoked: this.revoked.has(account.login),
        systemIds: account.systems.map((system) => system.systemId),
      })),
    };
  }

  private accountOf(login: string) {
    const account = this.context.fleet.account(login);
    if (!account) throw new UnknownAccountError(`No emulated account ${login}`);
    return account;
  }
}
