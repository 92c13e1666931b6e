/**
 * What an emulated Enphase account and system are made of: the fields the API reports (names,
 * zone, address, connection) plus what the production model needs (place, size, panels,
 * climate) and the field quirks a system may carry (a micro that died, a gateway that went
 * quiet, night intervals left out). The default accounts live in fixtures.ts.
 */
import { isLocalDate, isValidTimeZone, type LocalDate } from '../../../shared/time';

/** How the gateway reaches Enlighten: cellular gateways upload only every 6 hours. */
export type ConnectionType = 'wifi' | 'cellular' | 'ethernet';

/** The microinverter family fitted, as the devices endpoint names it. */
export interface MicroModel {
  model: string;
  sku: string;
  partNumber: string;
}

/** One system of an account. */
export interface SystemSpec {
  systemId: number;
  name: string;
  publicName: string;
  /** IANA zone as Enphase reports it; legacy links such as `US/Pacific` are common. */
  timezone: string;
  address: { city: string; state: string; country: string; postal_code: string };
  latitude: number;
  longitude: number;
  /** DC capacity (W); `size_w` in the summary. */
  capacityW: number;
  tiltDeg: number;
  azimuthDeg: number;
  performanceRatio: number;
  /** Share of clear and of overcast days (the rest are partly cloudy). */
  climate: { clear: number; overcast: number };
  connectionType: ConnectionType;
  /** Local date the system went live; nothing is produced before its local midnight. */
  operationalDate: LocalDate;
  micros: { count: number } & MicroModel;
  /** A later extension with another family: the last `count` of the micros are this model. */
  extension?: { count: number } & MicroModel;
  /**
   * `zero` (default, as the doc counts: 288 a day) lists every 5-minute slot, night ones with
   * 0 W; `omit` lists only the slots in which the micros are awake, as many real sites do.
   */
  nightIntervals?: 'zero' | 'omit';
  /**
   * A micro that drops out on a cycle (the demo model's recurring trip): out from `tripAt` for
   * `resetAfterDays`, every `cycleDays`. Recurring, so production is a pure function of time.
   */
  microFault?: { tripAt: number; cycleDays: number; resetAfterDays: number; microIndex: number };
  /**
   * A gateway that loses its connection on a cycle: silent for `offlineHours` from `startAt`,
   * every `cycleDays`; it then uploads what it buffered, so no interval is lost for good.
   */
  gatewayOffline?: { startAt: number; cycleDays: number; offlineHours: number };
  /** A status string reported as is (e.g. `meter_issue`), to exercise the app's fallback. */
  statusOverride?: string;
}

/** An Enlighten owner login with its systems. */
export interface AccountSpec {
  /** The e-mail typed on the login page. */
  login: string;
  password: string;
  /** `enl_uid` in the token response: the owner's user id (digits, as a string). */
  userId: string;
  /** `enl_cid`: the owner's company id, empty for home owners. */
  companyId: string;
  /** `enl_password_last_changed` (epoch seconds). */
  passwordLastChanged: number;
  systems: SystemSpec[];
}

/** A fixture that could not describe a real account or system. */
export class InvalidFixtureError extends Error {
  override name = 'InvalidFixtureError';
}

/** Rejects accounts the emulator could not serve consistently (duplicates, bad zones…). */
export function assertValidAccounts(accounts: readonly AccountSpec[]): void {
  const logins = new Set<string>();
  const ids = new Set<number>();
  for (const account of accounts) {
    const login = account.login.toLowerCase();
    if (!login.includes('@')) throw new InvalidFixtureError(`Login is not an e-mail: ${login}`);
    if (logins.has(login)) throw new InvalidFixtureError(`Duplicate login ${login}`);
    if (!/^\d+$/.test(account.userId)) throw new InvalidFixtureError(`${login}: userId digits`);
    logins.add(login);
    for (const system of account.systems) {
      if (ids.has(system.systemId)) {
        throw new InvalidFixtureError(`Duplicate system id ${system.systemId}`);
      }
      ids.add(system.systemId);
      assertValidSystem(system);
    }
  }
}

function assertValidSystem(system: SystemSpec): void {
  const fail = (problem: string): never => {
    throw new InvalidFixtureError(`System ${system.systemId}: ${problem}`);
  };
  if (!(Number.isSafeInteger(system.systemId) && system.systemId > 0)) fail('id must be > 0');
  if (!isValidTimeZone(system.timezone)) fail(`unknown zone ${system.timezone}`);
  if (!isLocalDate(system.operationalDate)) fail('operationalDate must be YYYY-MM-DD');
  if (!(Number.isInteger(system.micros.count) && system.micros.count >= 1)) fail('no micros');
  const { microFault, gatewayOffline, extension } = system;
  if (extension && !(extension.count >= 1 && extension.count < system.micros.count)) {
    fail('an extension needs a micro and leaves some of the first family');
  }
  // The micro fault is checked by the demo model's own validation (it becomes its fault).
  if (microFault && system.micros.count < 2) fail('a micro fault needs a second micro');
  if (gatewayOffline) {
    const { startAt, cycleDays, offlineHours } = gatewayOffline;
    if (!Number.isFinite(startAt)) fail('gatewayOffline.startAt must be an instant');
    if (!(Number.isInteger(cycleDays) && cycleDays >= 1)) fail('gatewayOffline cycle ≥ 1 day');
    if (!(offlineHours > 0 && offlineHours < cycleDays * 24)) {
      fail('gatewayOffline must be back online before the next cycle');
    }
  }
}

/** The family of the system's `index`-th micro (0-based): an extension's are the last ones. */
export function microModelAt(system: SystemSpec, index: number): MicroModel {
  const { extension, micros } = system;
  return extension && index >= micros.count - extension.count ? extension : micros;
}
