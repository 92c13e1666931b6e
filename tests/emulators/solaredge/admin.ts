/**
 * What a test (in process) or a person (over HTTP under `/__admin`) can do to the running
 * SolarEdge emulator: move its clock, revoke grants and keys, inject faults, set or exhaust
 * credits, read the calls it answered, and read the ground truth the app should show (computed
 * from the same quarters the API serves).
 */
import { isLocalDate, type LocalDate } from '../../../shared/time';
import type { RecordedCall } from '../enphase/calls';
import type { FaultSpec } from '../enphase/faults';
import { oauthPayer, type OpenedAlert, type SolarEdgeContext } from './context';
import type { CreditLimits, CreditUsage } from './credits';
import { serverError } from './problems';
import type { Quarter } from './production';
import { localDayEnd, localMidnight } from '../enphase/days';

/** Raised for an admin argument the emulator cannot act on. */
export class InvalidSolarEdgeAdminError extends Error {
  override name = 'InvalidSolarEdgeAdminError';
}

/** Who pays for calls: a fleet key, or the Site Access application (every grant). */
export type Payer = { apiKey: string } | 'oauth';

/** A snapshot of the state, for `GET /__admin/state`. */
export interface SolarEdgeState {
  now: number;
  dataDelaySeconds: number;
  pendingFaults: number;
  revokedKeys: number;
  grants: { login: string; siteId: number; endsAt: number }[];
}

/** In-process control of one emulator. */
export class SolarEdgeAdmin {
  constructor(private readonly context: SolarEdgeContext) {}

  /** A local day's energy (Wh) from the quarters the cloud has now; null when none is known. */
  dayWh(siteId: number, date: LocalDate): number | null {
    if (!isLocalDate(date)) throw new InvalidSolarEdgeAdminError(`Not a date: ${date}`);
    const { fleet } = this.context;
    return fleet.dayWh(fleet.require(siteId), date);
  }

  /** The quarters of a local day as the API has them now (92, 96 or 100 of them). */
  dayQuarters(siteId: number, date: LocalDate): Quarter[] {
    if (!isLocalDate(date)) throw new InvalidSolarEdgeAdminError(`Not a date: ${date}`);
    const { fleet } = this.context;
    const model = fleet.require(siteId);
    const zone = model.spec.timezone;
    return fleet.quarters(model, localMidnight(date, zone), localDayEnd(date, zone));
  }

  /** The owner revokes the app (for one site or all theirs): their grants end. */
  revokeOwner(login: string, siteId?: number): number {
    if (!this.context.fleet.owner(login)) throw new InvalidSolarEdgeAdminError(`No owner ${login}`);
    return this.context.grants.revokeOwner(this.context.fleet.owner(login)!.login, siteId);
  }

  /** The installer deletes a fleet key: 401 from then on. */
  revokeKey(apiKey: string): void {
    this.context.revokedKeys.add(apiKey);
  }

  /** Arms a fault for the next matching request(s); a status without body gets a problem. */
  injectFault(spec: FaultSpec): void {
    const body =
      spec.body !== undefined || spec.status === undefined || spec.malformed
        ? spec.body
        : {
            type: 'about:blank',
            ...serverError,
            status: spec.status,
            title: `HTTP ${spec.status}`,
          };
    this.context.faults.add({ ...spec, ...(body !== undefined && { body }) });
  }

  /** Opens an alert on a site (listed by `/alerts` until closed); returns its id. */
  openAlert(alert: Omit<OpenedAlert, 'alertId' | 'openedAt'>): number {
    const { fleet, openedAlerts, clock } = this.context;
    fleet.require(alert.siteId);
    const alertId = 9_000_000 + openedAlerts.size + 1;
    openedAlerts.set(alertId, { ...alert, alertId, openedAt: clock.now() });
    return alertId;
  }

  /** Closes an opened alert: `/alerts` lists it no more. */
  closeAlert(alertId: number): void {
    if (!this.context.openedAlerts.delete(alertId)) {
      throw new InvalidSolarEdgeAdminError(`No open alert ${alertId}`);
    }
  }

  /** Disarms every pending fault. */
  clearFaults(): void {
    this.context.faults.clear();
  }

  /** Sets a payer's credit limits, or the default of every payer when none is named. */
  setCreditLimits(limits: CreditLimits, payer?: Payer): void {
    if (!(limits.perMinute >= 1 && limits.perMonth >= 1)) {
      throw new InvalidSolarEdgeAdminError('credit limits must be at least 1');
    }
    this.context.credits.setLimits(limits, payer === undefined ? undefined : this.payerId(payer));
  }

  /** Uses up the rest of a payer's month: its next call gets the monthly 429. */
  exhaustMonth(payer: Payer): void {
    this.context.credits.exhaustMonth(this.payerId(payer), this.context.clock.now());
  }

  /** A payer's credits as seen now. */
  credits(payer: Payer): CreditUsage {
    return this.context.credits.usage(this.payerId(payer), this.context.clock.now());
  }

  /** Forgets every payer's usage. */
  resetCredits(): void {
    this.context.credits.reset();
  }

  /** Every API and OAuth request answered so far, oldest first. */
  calls(): RecordedCall[] {
    return this.context.calls.list();
  }

  /** Forgets the recorded calls. */
  clearCalls(): void {
    this.context.calls.clear();
  }

  /** How long after a quarter ends the cloud has it (s). */
  setDataDelay(seconds: number): void {
    if (!(Number.isInteger(seconds) && seconds >= 0 && seconds <= 86_400)) {
      throw new InvalidSolarEdgeAdminError('data delay must be 0–86400 s');
    }
    this.context.fleet.dataDelaySeconds = seconds;
  }

  /** A snapshot of the state. */
  state(): SolarEdgeState {
    const { clock, fleet, faults, grants, revokedKeys } = this.context;
    return {
      now: clock.now(),
      dataDelaySeconds: fleet.dataDelaySeconds,
      pendingFaults: faults.pending(),
      revokedKeys: revokedKeys.size,
      grants: grants.liveGrants(),
    };
  }

  private payerId(payer: Payer): string {
    return payer === 'oauth' ? oauthPayer(this.context.app) : `key:${payer.apiKey}`;
  }
}
