/**
 * The alerts the app raised and the silences the user set, kept in the cache so they survive
 * restarts. One row per (rule, subject, start): writing the same finding again refreshes it.
 */
import {
  alertRuleSchema,
  alertSeveritySchema,
  type Alert,
  type AlertRule,
  type AlertSeverity,
  type AlertSilence,
} from '../../shared/alerts';
import type { StoredText } from '../i18n/stored-text';
import type { CacheConnection } from './connection';
import { fromColumns, toColumns } from './stored-text';

/**
 * An alert as the store keeps it: its summary is a StoredText, put into words in the language
 * of the moment it is shown (alerts.list, a notification, a site's status).
 */
export type StoredAlert = Omit<Alert, 'summary'> & { summary: StoredText };

/** A finding to store (an evaluated candidate with its start settled). */
export interface AlertWrite {
  rule: AlertRule;
  subject: string;
  siteId: string | null;
  severity: AlertSeverity;
  startAt: number;
  endAt: number | null;
  summary: StoredText;
  evidence: Record<string, number>;
  lostWh: number;
  /**
   * The evaluation window the lost energy was computed over (its start, epoch s): a new
   * window banks what the previous one lost, so a fault across days keeps counting.
   */
  lostWindow: number;
}

/** Which alerts to list. */
export interface AlertQuery {
  open?: boolean;
  siteId?: string;
  limit?: number;
}

/** The alert store's operations (implemented on the cache's SQLite connection). */
export interface AlertStore {
  /** Inserts or refreshes the alert; `created` says whether it is new. */
  write(alert: AlertWrite, now: number): { alert: StoredAlert; created: boolean };
  /** Ends an open alert (no-op when already ended). */
  close(id: number, endAt: number): void;
  /** Alerts, newest start first. */
  list(query?: AlertQuery): StoredAlert[];
  get(id: number): StoredAlert | null;
  /** Marks an alert as seen; returns false for an unknown id. */
  acknowledge(id: number, at: number): boolean;
  setSilence(silence: AlertSilence): void;
  clearSilence(subject: string, rule: AlertRule | '*'): void;
  silences(): AlertSilence[];
}

type Row = {
  id: number;
  rule: string;
  subject: string;
  site_id: string | null;
  severity: string;
  start_at: number;
  end_at: number | null;
  detected_at: number;
  summary: string;
  summary_key: string | null;
  summary_params: string | null;
  evidence: string;
  lost_wh_before: number;
  lost_wh: number;
  acknowledged_at: number | null;
};

function toAlert(row: Row): StoredAlert {
  return {
    id: row.id,
    rule: alertRuleSchema.parse(row.rule),
    subject: row.subject,
    siteId: row.site_id,
    severity: alertSeveritySchema.parse(row.severity),
    startAt: row.start_at,
    endAt: row.end_at,
    detectedAt: row.detected_at,
    summary:
      fromColumns({ text: row.summary, key: row.summary_key, params: row.summary_params }) ?? '',
    evidence: JSON.parse(row.evidence) as Record<string, number>,
    lostKwh: Math.round((row.lost_wh_before + row.lost_wh) / 100) / 10,
    acknowledgedAt: row.acknowledged_at,
  };
}

/** The AlertStore on the cache's connection. */
export class AlertTable implements AlertStore {
  constructor(private readonly conn: CacheConnection) {}

  write(alert: AlertWrite, now: number): { alert: StoredAlert; created: boolean } {
    return this.conn.transaction('an alert', () => {
      const existing = this.conn
        .prepare(
          'SELECT id, lost_window FROM alerts WHERE rule = ? AND subject = ? AND start_at = ?',
        )
        .get(alert.rule, alert.subject, alert.startAt) as
        { id: number; lost_window: number } | undefined;
      const evidence = JSON.stringify(alert.evidence);
      const summary = toColumns(alert.summary);
      if (existing === undefined) {
        const result = this.conn
          .prepare(
            `INSERT INTO alerts (rule, subject, site_id, severity, start_at, end_at, detected_at,
               summary, summary_key, summary_params, evidence, lost_wh, lost_window)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          )
          .run(
            alert.rule,
            alert.subject,
            alert.siteId,
            alert.severity,
            alert.startAt,
            alert.endAt,
            now,
            summary.text,
            summary.key,
            summary.params,
            evidence,
            alert.lostWh,
            alert.lostWindow,
          );
        return { alert: this.get(Number(result.lastInsertRowid))!, created: true };
      }
      // A new window banks the previous window's loss before taking the new one.
      this.conn
        .prepare(
          `UPDATE alerts SET severity = ?, end_at = ?, summary = ?, summary_key = ?,
             summary_params = ?, evidence = ?,
             lost_wh_before = lost_wh_before + CASE WHEN lost_window = ? THEN 0 ELSE lost_wh END,
             lost_wh = ?, lost_window = ? WHERE id = ?`,
        )
        .run(
          alert.severity,
          alert.endAt,
          summary.text,
          summary.key,
          summary.params,
          evidence,
          alert.lostWindow,
          alert.lostWh,
          alert.lostWindow,
          existing.id,
        );
      return { alert: this.get(existing.id)!, created: false };
    });
  }

  close(id: number, endAt: number): void {
    this.conn.transaction('an alert', () => {
      this.conn
        .prepare('UPDATE alerts SET end_at = ? WHERE id = ? AND end_at IS NULL')
        .run(endAt, id);
    });
  }

  list(query: AlertQuery = {}): StoredAlert[] {
    const where: string[] = [];
    const params: (string | number)[] = [];
    if (query.open !== undefined) where.push(query.open ? 'end_at IS NULL' : 'end_at IS NOT NULL');
    if (query.siteId !== undefined) {
      where.push('site_id = ?');
      params.push(query.siteId);
    }
    const sql = `SELECT * FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY start_at DESC, id DESC LIMIT ?`;
    return this.conn.read(() =>
      (this.conn.prepare(sql).all(...params, query.limit ?? 1000) as Row[]).map(toAlert),
    );
  }

  get(id: number): StoredAlert | null {
    const row = this.conn.prepare('SELECT * FROM alerts WHERE id = ?').get(id) as Row | undefined;
    return row ? toAlert(row) : null;
  }

  acknowledge(id: number, at: number): boolean {
    return this.conn.transaction('an alert', () => {
      const result = this.conn
        .prepare('UPDATE alerts SET acknowledged_at = coalesce(acknowledged_at, ?) WHERE id = ?')
        .run(at, id);
      return Number(result.changes) > 0;
    });
  }

  setSilence(silence: AlertSilence): void {
    this.conn.transaction('an alert silence', () => {
      this.conn
        .prepare('INSERT OR REPLACE INTO alert_silences (subject, rule, until) VALUES (?, ?, ?)')
        .run(silence.subject, silence.rule, silence.until);
    });
  }

  clearSilence(subject: string, rule: AlertRule | '*'): void {
    this.conn.transaction('an alert silence', () => {
      this.conn
        .prepare('DELETE FROM alert_silences WHERE subject = ? AND rule = ?')
        .run(subject, rule);
    });
  }

  silences(): AlertSilence[] {
    return this.conn.read(
      () =>
        this.conn
          .prepare('SELECT subject, rule, until FROM alert_silences')
          .all() as unknown as AlertSilence[],
    );
  }
}
