/**
 * Runs every rule after each data update and keeps the alert store in step: new findings are
 * stored (and reported as raised, unless the user silenced that rule at that subject), findings
 * that no longer hold are ended. The one owner of alert state; everything else asks the store.
 */
import type { AlertSilence } from '../../shared/alerts';
import type { Budget } from '../../shared/domain';
import type { AlertStore, StoredAlert } from '../cache/alerts';
import type { SiteRecord } from '../cache/types';
import type { Clock } from '../ports';
import type { AlertCandidate } from './candidate';
import { cacheRebuiltRule, quotaRule, signInRule, type AccountState } from './fleet-rules';
import { RatioBook, type LearningReader } from './ratio-book';
import { buildSiteDays, windowStart } from './site-day';
import {
  deviceFaultRule,
  noDataRule,
  underperformanceRule,
  zeroProductionRule,
} from './site-rules';

/** What the evaluator reads. */
export interface AlertEvaluatorOptions {
  alerts: AlertStore;
  reader: LearningReader;
  clock: Clock;
  /** The sites being watched (visible ones). */
  sites(): SiteRecord[];
  accounts(): AccountState[];
  budgets(): Budget[];
  /** How often the site's provider normally delivers new data (s). */
  cadenceSeconds(site: SiteRecord): number;
  /** Whether the cache was rebuilt at this start (recorded once). */
  cacheRebuilt: boolean;
}

/** What one evaluation changed. */
export interface EvaluationResult {
  /** Alerts that began in this evaluation (each notified once). */
  raised: StoredAlert[];
  /** Whether anything stored changed (so the UI reloads). */
  changed: boolean;
}

/** Rules whose alert means the site's production that day is not its normal. */
const FAULT_RULES = new Set(['zero_production', 'underperformance', 'device_fault', 'no_data']);

/** True when the user snoozed or muted this rule (or all rules) at this subject. */
export function isSilenced(
  silences: readonly AlertSilence[],
  subject: string,
  rule: string,
  now: number,
): boolean {
  return silences.some(
    (s) =>
      s.subject === subject &&
      (s.rule === rule || s.rule === '*') &&
      (s.until === null || s.until > now),
  );
}

/** See the module comment. */
export class AlertEvaluator {
  private readonly ratios: RatioBook;
  private rebuiltPending: boolean;

  constructor(private readonly options: AlertEvaluatorOptions) {
    this.rebuiltPending = options.cacheRebuilt;
    this.ratios = new RatioBook(options.reader, (siteId) => {
      const faults = options.alerts
        .list({ siteId, limit: 200 })
        .filter((a) => FAULT_RULES.has(a.rule));
      return (from, to) => faults.some((a) => a.startAt < to && (a.endAt ?? Infinity) > from);
    });
  }

  /** The learned performance ratio of a site today (for "vs expected" views). */
  ratioFor(site: SiteRecord): number {
    return this.ratios.ratioFor(site, this.options.clock.now());
  }

  /** Evaluates every rule now and reconciles the store. */
  evaluate(): EvaluationResult {
    const { alerts, clock } = this.options;
    const now = clock.now();
    const sites = this.options.sites();
    const open = alerts.list({ open: true });
    const openByKey = new Map<string, StoredAlert>();
    for (const alert of [...open].reverse()) openByKey.set(`${alert.rule}|${alert.subject}`, alert);

    const windows = new Map(sites.map((s) => [`site:${s.id}`, windowStart(s, now)]));
    const days = buildSiteDays(
      sites,
      this.options.reader,
      {
        ratioFor: (s) => this.ratios.ratioFor(s, now),
        cadenceSeconds: this.options.cadenceSeconds,
      },
      now,
    );
    const candidates: AlertCandidate[] = [];
    for (const day of days) {
      const since = openByKey.get(`device_fault|site:${day.siteId}`)?.startAt ?? null;
      candidates.push(
        ...noDataRule(day),
        ...zeroProductionRule(day),
        ...underperformanceRule(day),
        ...deviceFaultRule(day, since),
      );
    }
    candidates.push(...signInRule(this.options.accounts()), ...quotaRule(this.options.budgets()));
    if (this.rebuiltPending) {
      candidates.push(...cacheRebuiltRule(true, now));
      this.rebuiltPending = false;
    }

    const silences = alerts.silences();
    const raised: StoredAlert[] = [];
    const kept = new Set<number>();
    let changed = false;
    for (const candidate of candidates) {
      const key = `${candidate.rule}|${candidate.subject}`;
      const window = windows.get(candidate.subject) ?? 0;
      const startAt = this.startOf(candidate, openByKey.get(key), now);
      const isNew = !open.some(
        (a) =>
          a.rule === candidate.rule && a.subject === candidate.subject && a.startAt === startAt,
      );
      if (isNew && isSilenced(silences, candidate.subject, candidate.rule, now)) continue;
      const { alert, created } = alerts.write({ ...candidate, startAt, lostWindow: window }, now);
      kept.add(alert.id);
      changed ||= created || isNew;
      if (created && alert.endAt === null) raised.push(alert);
    }
    for (const alert of open) {
      if (kept.has(alert.id)) continue;
      alerts.close(alert.id, now);
      changed = true;
    }
    return { raised, changed: changed || raised.length > 0 };
  }

  /**
   * The start to store a finding under: its own, or for states the time the open alert began
   * (or now). A run with no healthy hour before it continues the open alert of its rule.
   */
  private startOf(candidate: AlertCandidate, open: StoredAlert | undefined, now: number): number {
    if (candidate.startAt === null || (open && candidate.ongoing)) return open?.startAt ?? now;
    if (open && candidate.leading && open.startAt < candidate.startAt) return open.startAt;
    return candidate.startAt;
  }
}
