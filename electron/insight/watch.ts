/**
 * Watching the fleet: evaluates the alert rules after each data update (and on a timer, so a
 * fleet that went silent is still noticed), tells listeners what began (notifications) and how
 * the fleet stands (tray, badge), and answers the alerts.* channels.
 */
import type { FleetAlertState } from '../../shared/alerts';
import type { Budget, ProviderId } from '../../shared/domain';
import type { StoredAlert } from '../cache/alerts';
import type { CacheStore, SiteRecord } from '../cache/types';
import { sayStored } from '../i18n/stored-text';
import type { Message, Words } from '../i18n/words';
import type { Handlers } from '../ipc/dispatch';
import type { Clock, Logger } from '../ports';
import { AlertEvaluator } from './evaluator';
import type { AccountState } from './fleet-rules';
import { fleetState } from './fleet-state';
import { siteAlertStatuses, type SiteAlertStatus } from './site-status';

/** The alerts.* channels. */
export type AlertChannels =
  'alerts.list' | 'alerts.acknowledge' | 'alerts.silence' | 'alerts.unsilence';

/**
 * How often a provider normally delivers new data for a site (s). Enphase gateways upload every
 * 15 minutes on Wi-Fi or Ethernet but every 6 hours on cellular. The provider says which once it
 * has listed the site (`cadenceOf`); until then the cellular cadence is assumed: silence is only a
 * fault once it outlasts it.
 */
export const uploadCadenceSeconds = {
  demo: 15 * 60,
  enphase: 6 * 3600,
  solaredge: 15 * 60,
  tesla: 15 * 60,
} as const satisfies Record<string, number>;

/** A provider's cadence; a provider not listed gets the slowest, so silence is not a false alert. */
export function uploadCadenceOf(provider: ProviderId): number {
  const known: Readonly<Record<string, number>> = uploadCadenceSeconds;
  return Object.hasOwn(known, provider) ? known[provider]! : Math.max(...Object.values(known));
}

/** Re-evaluation without new data: silence must be noticed even when nothing arrives. */
export const WATCH_INTERVAL_MS = 10 * 60 * 1000;

/** What watching needs from the core. */
export interface FleetWatchOptions {
  cache: CacheStore;
  clock: Clock;
  log: Logger;
  sites(): SiteRecord[];
  /** The connected accounts (vault records). */
  connections(): readonly { id: string; accountLabel: string | Message; state: string }[];
  budgets(): Budget[];
  /** A site's own upload cadence when its provider knows it (s); else the provider's default. */
  cadenceOf?(site: SiteRecord): number | null;
  /** Puts stored summaries into words in the language of the moment they are answered. */
  words: Words;
  /** Pushes the alerts-changed event to the renderer. */
  emit(state: FleetAlertState): void;
}

/** Hears about alerts that began and about the fleet's state (notifier, tray). */
export interface FleetWatchListener {
  raised?(alerts: StoredAlert[]): void;
  state?(state: FleetAlertState): void;
}

/** See the module comment. */
export class FleetWatch {
  private readonly evaluator: AlertEvaluator;
  private readonly listeners = new Set<FleetWatchListener>();
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(private readonly options: FleetWatchOptions) {
    this.evaluator = new AlertEvaluator({
      alerts: options.cache.alerts,
      reader: options.cache,
      clock: options.clock,
      sites: options.sites,
      accounts: () => this.accounts(),
      budgets: options.budgets,
      cadenceSeconds: (site) => options.cadenceOf?.(site) ?? uploadCadenceOf(site.provider),
      cacheRebuilt: options.cache.recovery !== null,
    });
  }

  /** Starts the re-evaluation timer and evaluates once. */
  start(): void {
    this.evaluate();
    this.timer = setInterval(() => this.evaluate(), WATCH_INTERVAL_MS);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.listeners.clear();
  }

  /** Adds a listener; returns the function that removes it. */
  listen(listener: FleetWatchListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Evaluates every rule now; a failure is logged, never thrown into the data path. */
  evaluate(): void {
    try {
      const result = this.evaluator.evaluate();
      if (result.raised.length > 0) for (const l of this.listeners) l.raised?.(result.raised);
      if (result.changed) this.announce();
    } catch (error) {
      this.options.log.warn('alert evaluation failed', {
        error: error instanceof Error ? error.name : 'unknown',
      });
    }
  }

  private accounts(): AccountState[] {
    const sites = this.options.sites();
    return this.options.connections().map((c) => ({
      connectionId: c.id,
      label: c.accountLabel,
      needsSignIn: c.state === 'needs_reauth',
      siteCount: sites.filter((s) => s.connectionId === c.id).length,
    }));
  }

  /** The fleet's state now. */
  state(): FleetAlertState {
    const alerts = this.options.cache.alerts;
    return fleetState(alerts.list({ open: true }), alerts.silences(), this.options.clock.now());
  }

  /** What each site's open alerts say about its health (insight/site-status.ts). */
  siteStatuses(): Map<string, SiteAlertStatus> {
    const alerts = this.options.cache.alerts;
    return siteAlertStatuses(
      alerts.list({ open: true }),
      alerts.silences(),
      this.options.clock.now(),
    );
  }

  /** The learned performance ratio of a site today. */
  ratioFor(site: SiteRecord): number {
    return this.evaluator.ratioFor(site);
  }

  private announce(): FleetAlertState {
    const state = this.state();
    this.options.emit(state);
    for (const l of this.listeners) l.state?.(state);
    return state;
  }

  /** The alerts.* handlers. */
  handlers(): Pick<Handlers, AlertChannels> {
    const alerts = this.options.cache.alerts;
    const words = this.options.words;
    return {
      'alerts.list': ({ scope, siteId }) => ({
        alerts: alerts
          .list({ open: scope === 'all' ? undefined : scope === 'open', siteId })
          .map((alert) => ({ ...alert, summary: sayStored(words, alert.summary) })),
        silences: alerts.silences(),
        fleet: this.state(),
      }),
      'alerts.acknowledge': ({ id }) => {
        alerts.acknowledge(id, this.options.clock.now());
        return this.announce();
      },
      'alerts.silence': (silence) => {
        alerts.setSilence(silence);
        return this.announce();
      },
      'alerts.unsilence': ({ subject, rule }) => {
        alerts.clearSilence(subject, rule);
        return this.announce();
      },
    };
  }
}
