/** How many connections of a provider are usable: what the budgets count as listing accounts. */
import type { ProviderId } from '../../shared/domain';
import type { ConnectionRecords } from '../vault/records';

/** Connected (not needing a new sign-in) accounts of `provider`. */
export function countConnected(
  records: Pick<ConnectionRecords, 'all'>,
  provider: ProviderId,
): number {
  return records.all().filter((r) => r.provider === provider && r.state === 'connected').length;
}
