/**
 * The sites table: the app's text ids mapped to the compact integer keys the big tables use,
 * with each site's time zone (which decides its local days) memoised for the write path.
 */
import { siteStatusSchema, type ProviderId } from '../../shared/domain';
import type { StoredText } from '../i18n/stored-text';
import type { CacheConnection } from './connection';
import { InvalidDataError } from './errors';
import { fromColumns, toColumns } from './stored-text';
import { isStoredText } from './validate';
import type { SiteRecord } from './types';

/** What the write path needs to know about a site. */
export interface SiteKey {
  key: number;
  zone: string;
  /** Removed from the list but with its history kept (deleteSite without data). */
  removed: boolean;
}

type SiteRow = [
  id: string,
  provider: ProviderId,
  externalId: string,
  connectionId: string | null,
  name: string,
  city: string,
  country: string,
  timeZone: string,
  latitude: number,
  longitude: number,
  capacityW: number,
  status: SiteRecord['status'],
  statusDetail: string | null,
  addedAt: number,
  statusKey: string | null,
  statusParams: string | null,
  statusSince: number | null,
];

const columns = `id, provider, external_id, connection_id, name, city, country, time_zone,
  latitude, longitude, capacity_w, status, status_detail, added_at, status_key, status_params,
  status_since`;

function toSite(row: SiteRow): SiteRecord {
  const [id, provider, externalId, connectionId, name, city, country, timeZone] = row;
  const [, , , , , , , , latitude, longitude, capacityW, status, text, addedAt, key, params] = row;
  const statusSince = row[16];
  return {
    id,
    provider,
    externalId,
    connectionId,
    name,
    city,
    country,
    timeZone,
    latitude,
    longitude,
    capacityW,
    status,
    statusDetail: fromColumns({ text, key, params }),
    statusSince,
    addedAt,
  };
}

/** Reads and writes site rows; keeps the id → key memo in step with every write. */
export class SiteTable {
  private readonly keys = new Map<string, SiteKey>();

  constructor(private readonly conn: CacheConnection) {}

  /** The key of a site (removed ones included), or null when the id was never stored. */
  keyOf(siteId: string): SiteKey | null {
    const cached = this.keys.get(siteId);
    if (cached !== undefined) return cached;
    const row = this.conn.read(
      () =>
        this.conn
          .prepare('SELECT site_id, time_zone, removed_at FROM sites WHERE id = ?')
          .get(siteId) as
          { site_id: number; time_zone: string; removed_at: number | null } | undefined,
    );
    if (row === undefined) return null;
    const key = { key: row.site_id, zone: row.time_zone, removed: row.removed_at !== null };
    this.keys.set(siteId, key);
    return key;
  }

  /** Inserts or updates a site (inside the caller's transaction); re-adding a removed site revives it. */
  write(site: SiteRecord): void {
    this.keys.delete(site.id);
    const detail = toColumns(site.statusDetail);
    this.conn
      .prepare(
        `INSERT INTO sites (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (id) DO UPDATE SET provider = excluded.provider,
           external_id = excluded.external_id, connection_id = excluded.connection_id,
           name = excluded.name, city = excluded.city, country = excluded.country,
           time_zone = excluded.time_zone, latitude = excluded.latitude,
           longitude = excluded.longitude, capacity_w = excluded.capacity_w,
           status = excluded.status, status_detail = excluded.status_detail,
           status_key = excluded.status_key, status_params = excluded.status_params,
           status_since = excluded.status_since,
           added_at = min(sites.added_at, excluded.added_at), removed_at = NULL`,
      )
      .run(
        site.id,
        site.provider,
        site.externalId,
        site.connectionId,
        site.name,
        site.city,
        site.country,
        site.timeZone,
        site.latitude,
        site.longitude,
        site.capacityW,
        site.status,
        detail.text,
        site.addedAt,
        detail.key,
        detail.params,
        site.statusSince ?? null,
      );
    this.keys.delete(site.id);
  }

  /** Sets a site's status and its sentence (inside the caller's transaction); the app's, so no "since". */
  setStatus(key: number, status: SiteRecord['status'], detail: StoredText | null): void {
    if (!siteStatusSchema.safeParse(status).success) {
      throw new InvalidDataError(`Unknown site status ${JSON.stringify(status)}.`);
    }
    if (!isStoredText(detail)) throw new InvalidDataError('A status detail must be text.');
    const { text, key: messageKey, params } = toColumns(detail);
    this.conn
      .prepare(
        `UPDATE sites SET status = ?, status_detail = ?, status_key = ?, status_params = ?,
           status_since = NULL WHERE site_id = ?`,
      )
      .run(status, text, messageKey, params, key);
  }

  /** Sites in the list, by name. */
  list(): SiteRecord[] {
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        `SELECT ${columns} FROM sites WHERE removed_at IS NULL ORDER BY name COLLATE NOCASE, id`,
      );
      statement.setReturnArrays(true);
      return (statement.all() as unknown as SiteRow[]).map(toSite);
    });
  }

  /** One site of the list, or null (also for removed sites). */
  get(siteId: string): SiteRecord | null {
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        `SELECT ${columns} FROM sites WHERE id = ? AND removed_at IS NULL`,
      );
      statement.setReturnArrays(true);
      const row = statement.get(siteId) as unknown as SiteRow | undefined;
      return row === undefined ? null : toSite(row);
    });
  }

  /** Forgets memoised keys after a removal (inside or after the caller's transaction). */
  forget(siteId: string): void {
    this.keys.delete(siteId);
  }
}
