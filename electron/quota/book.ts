/**
 * Every metered provider's quota as the core drives it (Enphase requests, SolarEdge credits,
 * Tesla money): the pacer its client waits on, the refresh interval its budget allows, the
 * budget the alerts and Connections show. The core asks the book and never names a provider.
 */
import type { Budget, ProviderId } from '../../shared/domain';
import type { RequestPacer } from '../providers/pacer';

/** One provider that meters its calls. */
export interface MeteredProvider {
  id: ProviderId;
  /** What its HTTP client waits on before each request (null: nothing to wait for). */
  pacer: RequestPacer | null;
  /** Asked before each billed request (Tesla's money): an error stops it unsent. */
  mayCall?: () => Error | null;
  /** The refresh interval its budget allows now (s). */
  intervalSeconds(): number;
  /** Forgets remembered counts (sites, connections, settings changed). */
  invalidate(): void;
  /** Its budget, for Connections and the quota alerts. */
  budget(): Budget;
  /** Stops its timers. */
  close(): void;
}

/** See the module comment. */
export class QuotaBook {
  constructor(
    private readonly metered: readonly MeteredProvider[],
    /** Whether a provider has a usable connection (a budget is shown only then). */
    private readonly connected: (provider: ProviderId) => boolean,
    /** The interval of a provider that meters nothing (the demo, test providers). */
    private readonly unmeteredInterval: () => number,
  ) {}

  /** The pacer a provider's client waits on, or null. */
  pacerFor(provider: ProviderId): RequestPacer | null {
    return this.find(provider)?.pacer ?? null;
  }

  /** The spending check a provider's client asks before each request, or null. */
  guardFor(provider: ProviderId): (() => Error | null) | null {
    return this.find(provider)?.mayCall ?? null;
  }

  /** The refresh interval of a provider's sites (s). */
  intervalSeconds(provider: ProviderId): number {
    return this.find(provider)?.intervalSeconds() ?? this.unmeteredInterval();
  }

  /** Forgets every remembered count. */
  invalidate(): void {
    for (const entry of this.metered) entry.invalidate();
  }

  /** The budgets of the providers that have a connection. */
  budgets(): Budget[] {
    return this.metered.filter((m) => this.connected(m.id)).map((m) => m.budget());
  }

  /** Stops every provider's timers. */
  close(): void {
    for (const entry of this.metered) entry.close();
  }

  private find(provider: ProviderId): MeteredProvider | undefined {
    return this.metered.find((m) => m.id === provider);
  }
}
