/**
 * The installation id the relay's quota leases are keyed by: random, made at the first start
 * and kept in the settings store, so a restart keeps the same share and the id says nothing
 * about the computer or its user.
 */
import { randomBytes } from 'node:crypto';
import { installationIdSchema } from '../../shared/quota-lease';
import type { KeyValueStore } from '../ports';

const KEY = 'installationId';

/** The stored id, or a new one (stored) when there is none or it is damaged. */
export function installationIdFrom(store: KeyValueStore): string {
  const stored = store.get<unknown>(KEY);
  if (installationIdSchema.safeParse(stored).success) return stored as string;
  const id = randomBytes(16).toString('hex');
  store.set(KEY, id);
  return id;
}
