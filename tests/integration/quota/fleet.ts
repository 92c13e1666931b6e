/**
 * A simulated fleet of installations sharing one Enphase application: each is the app's real
 * lease client (electron/quota/lease-client.ts) talking over HTTP to relay processes behind a
 * round-robin "load balancer", and spends its allowance against the Enphase emulator's
 * application-wide quota counter (tests/emulators/enphase/quota.ts, the code that answers 429
 * over HTTP) minute by simulated minute: a refresh of all its sites every 15 minutes of
 * daylight, sent no faster than its per-minute grant and no more than its lease has accrued.
 */
import { expectedCallsPerDay } from '../../../electron/quota/demand';
import { QuotaLeaseClient, type LeaseTimers } from '../../../electron/quota/lease-client';
import { silentLogger } from '../../../electron/ports';
import { QuotaCounter, type Plan } from '../../emulators/enphase/quota';
import type { RelayProcess } from '../../harness/relay-process';

/** Renewals due within a round are sent together at its start (s). */
const RENEWAL_ROUND_SECONDS = 900;
/** Daylight the simulation spends in (UTC hours), as the budget assumes 14 hours. */
const DAYLIGHT = { from: 6, to: 20 };

/** One installation and what it did. */
export interface SimulatedInstallation {
  id: string;
  sites: number;
  client: QuotaLeaseClient;
  calls: number;
  rejected: number;
  /** Minutes in which its lease had ended and it ran on the conservative grant. */
  minutesOnDefault: number;
  hadLease: boolean;
  bucket: number;
  pending: number;
}

interface Timer {
  at: number;
  installation: SimulatedInstallation;
}

/** Lease answers seen by the load balancer. */
export interface LeaseAnswers {
  ok: number;
  fallback: number;
  failed: number;
  other: number;
}

/** See the module comment. */
export class SimulatedFleet {
  readonly clock = { seconds: 0, now: () => this.clock.seconds };
  readonly counter: QuotaCounter;
  readonly installations: SimulatedInstallation[] = [];
  readonly answers: LeaseAnswers = { ok: 0, fallback: 0, failed: 0, other: 0 };
  private readonly timers = new Map<number, Timer>();
  private nextHandle = 1;
  private readonly alive: RelayProcess[];
  private turn = 0;
  /** The first 20 refused calls, for the failure message. */
  readonly rejections: { minute: number; id: string; period: string; perMinute: number }[] = [];

  constructor(relays: RelayProcess[], plan: Plan, start: number, sites: readonly number[]) {
    this.alive = [...relays];
    this.counter = new QuotaCounter(plan);
    this.clock.seconds = start;
    sites.forEach((count, index) => this.add(index, count));
  }

  /** Takes a relay out of the load balancer (it was killed). */
  drop(relay: RelayProcess): void {
    this.alive.splice(this.alive.indexOf(relay), 1);
  }

  /** Every installation asks for its first lease now. */
  async startAll(): Promise<void> {
    await this.syncRelayClocks();
    await Promise.all(this.installations.map((installation) => installation.client.renewNow()));
  }

  /**
   * Runs minute by minute until `end`. `during` runs at the first minute with renewals due at or
   * after `duringAt`, while those renewals are in flight (to kill a relay under load).
   */
  async runUntil(end: number, during?: { at: number; run: () => Promise<void> }): Promise<void> {
    let pendingEvent = during;
    for (let minute = this.clock.seconds; minute < end; minute += 60) {
      this.clock.seconds = minute;
      // Renewals go out in rounds every 15 minutes: each round costs a clock update in every
      // relay process, and a lease renewed up to 15 minutes late still has 45 minutes to run.
      const due = minute % RENEWAL_ROUND_SECONDS === 0 ? this.dueInstallations(minute) : [];
      if (due.length > 0) {
        await this.syncRelayClocks();
        const renewals = due.map((installation) => installation.client.renewNow());
        if (pendingEvent && minute >= pendingEvent.at) {
          await pendingEvent.run();
          pendingEvent = undefined;
        }
        await Promise.all(renewals);
      }
      this.spend(minute);
    }
    this.clock.seconds = end;
  }

  /** Sets every live relay's clock to the fleet's. */
  async syncRelayClocks(): Promise<void> {
    await Promise.all(this.alive.map((relay) => relay.setClock(this.clock.seconds)));
  }

  private add(index: number, sites: number): void {
    const timers: LeaseTimers = {
      setTimeout: (_callback, ms) => {
        const handle = this.nextHandle++;
        this.timers.set(handle, { at: this.clock.seconds + ms / 1000, installation });
        return handle;
      },
      clearTimeout: (handle) => {
        this.timers.delete(handle as number);
      },
    };
    const id = `simulated-installation-${String(index).padStart(6, '0')}`;
    const installation: SimulatedInstallation = {
      id,
      sites,
      client: new QuotaLeaseClient({
        relayUrl: 'http://load-balancer.invalid',
        installationId: id,
        fetch: (input, init) => this.balance(input, init),
        clock: this.clock,
        log: silentLogger,
        timers,
        demand: () => ({ activeSites: sites, expectedCalls: expectedCallsPerDay(sites, 1) }),
      }),
      calls: 0,
      rejected: 0,
      minutesOnDefault: 0,
      hadLease: false,
      bucket: 0,
      pending: 0,
    };
    this.installations.push(installation);
  }

  private dueInstallations(minute: number): SimulatedInstallation[] {
    const due = new Set<SimulatedInstallation>();
    for (const [handle, timer] of this.timers) {
      // Due before the next round: renewing a little early is what a real client would do anyway.
      if (timer.at >= minute + RENEWAL_ROUND_SECONDS) continue;
      this.timers.delete(handle);
      due.add(timer.installation);
    }
    return [...due];
  }

  /** The load balancer: the next live relay in turn; a dead one fails like a refused socket. */
  private async balance(input: Parameters<typeof fetch>[0], init?: RequestInit): Promise<Response> {
    const relay = this.alive[this.turn++ % this.alive.length];
    if (!relay) throw new TypeError('fetch failed: no relay');
    const path = new URL(input instanceof Request ? input.url : String(input)).pathname;
    try {
      const response = await fetch(`${relay.url}${path}`, init);
      const text = await response.text();
      if (response.ok) {
        if (text.includes('"fallback":true')) this.answers.fallback += 1;
        else this.answers.ok += 1;
      } else {
        this.answers.other += 1;
      }
      return new Response(text, { status: response.status, headers: response.headers });
    } catch (error) {
      this.answers.failed += 1;
      throw error;
    }
  }

  private spend(minute: number): void {
    const hour = new Date(minute * 1000).getUTCHours();
    const daylight = hour >= DAYLIGHT.from && hour < DAYLIGHT.to;
    const refresh = daylight && minute % 900 === 0;
    for (const installation of this.installations) {
      const allowance = installation.client.allowance();
      if (allowance.source === 'lease') installation.hadLease = true;
      else if (installation.hadLease) installation.minutesOnDefault += 1;
      installation.bucket += allowance.perDay / 1440;
      if (refresh) installation.pending += installation.sites + 1;
      const send = Math.min(
        installation.pending,
        allowance.perMinute,
        Math.floor(installation.bucket),
      );
      for (let call = 0; call < send; call += 1) {
        const rejection = this.counter.hit(minute);
        if (rejection) {
          if (this.rejections.length < 20) {
            this.rejections.push({
              minute,
              id: installation.id,
              period: rejection.period,
              perMinute: allowance.perMinute,
            });
          }
          installation.rejected += 1;
          installation.client.report429();
        } else {
          installation.calls += 1;
        }
      }
      installation.bucket -= send;
      installation.pending -= send;
    }
  }
}
