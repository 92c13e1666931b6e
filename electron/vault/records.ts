/**
 * Connection records in the settings store, all under one key. A record says which owner account
 * a connection is, which of its systems are sites, and how its tokens stand; the tokens
 * themselves are only ever an encrypted blob (`tokenBlob`), never plain text in the store.
 * Records are validated on every read: a damaged entry is skipped with a warning, not a crash.
 */
import { z } from 'zod';
import { problemSchema } from './problems';
import { connectionStateSchema, providerIdSchema, type ProviderId } from '../../shared/domain';
import type { KeyValueStore, Logger } from '../ports';

/** The settings-store key holding every connection record. */
export const CONNECTIONS_KEY = 'connections';

const epochSeconds = z.number().int().nonnegative();

/** One stored connection: an owner account of one provider. */
export const connectionRecordSchema = z.object({
  id: z.string().min(1).max(200),
  provider: providerIdSchema,
  /** The provider's id of the owner account (Enphase `enl_uid`): reconnecting finds the record by it. */
  accountId: z.string().min(1).max(200),
  accountLabel: z.string().max(200),
  /** The token set encrypted with the Cipher port, one base64 blob; null once the grant is gone. */
  tokenBlob: z.string().min(1).nullable(),
  /** When the access token expires (epoch s). */
  expiresAt: epochSeconds,
  scope: z.string().max(4096),
  createdAt: epochSeconds,
  refreshedAt: epochSeconds.nullable(),
  state: connectionStateSchema,
  problem: problemSchema.nullable(),
  /** The provider's ids of the systems that are sites of this connection. */
  siteExternalIds: z.array(z.string().min(1).max(100)),
  /** The provider's region of the account (Tesla: NA, EU, CN), for providers split by region. */
  region: z.string().min(1).max(8).optional(),
});

/** A stored connection record. */
export type ConnectionRecord = z.infer<typeof connectionRecordSchema>;

/** Reads and writes connection records; every write rewrites the one key atomically. */
export class ConnectionRecords {
  constructor(
    private readonly store: KeyValueStore,
    private readonly log: Logger,
  ) {}

  /** Every valid record, in the order they were added. */
  all(): ConnectionRecord[] {
    const raw = this.store.get<unknown>(CONNECTIONS_KEY);
    if (raw === undefined) return [];
    if (!Array.isArray(raw)) {
      this.log.warn('stored connections are not a list; ignoring them');
      return [];
    }
    const records: ConnectionRecord[] = [];
    for (const entry of raw) {
      const parsed = connectionRecordSchema.safeParse(entry);
      if (parsed.success) records.push(parsed.data);
      else
        this.log.warn('skipped a damaged connection record', {
          issue: parsed.error.issues[0]?.message,
        });
    }
    return records;
  }

  /** One record, or null. */
  get(id: string): ConnectionRecord | null {
    return this.all().find((record) => record.id === id) ?? null;
  }

  /** The record of an owner account, or null. */
  byAccount(provider: ProviderId, accountId: string): ConnectionRecord | null {
    return this.all().find((r) => r.provider === provider && r.accountId === accountId) ?? null;
  }

  /** Inserts or replaces a record (by id). */
  save(record: ConnectionRecord): void {
    const checked = connectionRecordSchema.parse(record);
    const records = this.all();
    const index = records.findIndex((r) => r.id === checked.id);
    if (index >= 0) records[index] = checked;
    else records.push(checked);
    this.store.set(CONNECTIONS_KEY, records);
  }

  /** Applies `change` to a record and saves it; null when there is no such record. */
  update(
    id: string,
    change: (record: ConnectionRecord) => ConnectionRecord,
  ): ConnectionRecord | null {
    const current = this.get(id);
    if (!current) return null;
    const next = change(current);
    this.save(next);
    return next;
  }

  /** Deletes a record; a no-op for an unknown id. */
  remove(id: string): void {
    const records = this.all();
    const kept = records.filter((r) => r.id !== id);
    if (kept.length !== records.length) this.store.set(CONNECTIONS_KEY, kept);
  }
}
