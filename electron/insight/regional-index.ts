/**
 * The region's "vs expected" beside each site's: the median index of the other sites within
 * ~50 km. A whole region at 35 % is an overcast sky; one site at 35 % among neighbours at 90 %
 * is that site. Without it the portfolio flagged every site on a cloudy day. Pure.
 */
import { regionalClearness, regionalPeers, type Place } from './region';

/** One site's place and its own index (null when it has none today). */
export interface IndexedPlace extends Place {
  index: number | null;
}

/** For each site, the median index of its regional peers that have one (null: no such peer). */
export function regionalIndexes(sites: readonly IndexedPlace[]): Map<string, number | null> {
  const byId = new Map(sites.map((s) => [s.id, s.index]));
  const peers = regionalPeers(sites);
  return new Map(
    sites.map((s) => [
      s.id,
      regionalClearness((peers.get(s.id) ?? []).map((id) => byId.get(id) ?? null)),
    ]),
  );
}
