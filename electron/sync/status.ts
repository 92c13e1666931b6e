/** The scheduler's state as the status bar shows it, assembled apart from the scheduler's I/O. */
import type { ProviderId, SyncStatus } from '../../shared/domain';

/** What the status is made of. */
export interface StatusFacts extends Omit<SyncStatus, 'intervalSeconds' | 'refresh'> {
  siteCounts: ReadonlyMap<ProviderId, number>;
  intervalOf(provider: ProviderId): number;
}

/**
 * The status; its single interval is the longest of the providers with sites (the demo's alone
 * when there is none).
 */
export function syncStatusOf(facts: StatusFacts): SyncStatus {
  const { siteCounts, intervalOf, ...rest } = facts;
  const kinds = [...siteCounts.keys()];
  const intervalSeconds =
    kinds.length === 0 ? intervalOf('demo') : Math.max(...kinds.map((kind) => intervalOf(kind)));
  const refresh = [...siteCounts]
    .filter(([, sites]) => sites > 0)
    .map(([provider, sites]) => ({ provider, sites, intervalSeconds: intervalOf(provider) }));
  return { ...rest, intervalSeconds, refresh };
}
