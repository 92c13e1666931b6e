/**
 * Weather from the fleet itself: sites within ~50 km sit under the same clouds, so when they all
 * fall together it is weather, and when one falls alone it is that site. No weather feed needed.
 */

/** Sites closer than this (km) are judged as one region. */
export const REGION_RADIUS_KM = 50;

/** A point on the map. */
export interface Place {
  id: string;
  latitude: number;
  longitude: number;
}

const EARTH_RADIUS_KM = 6371;
const RAD = Math.PI / 180;

/** Great-circle distance (km) between two places (haversine). */
export function distanceKm(a: Place, b: Place): number {
  const dLat = (b.latitude - a.latitude) * RAD;
  const dLon = (b.longitude - a.longitude) * RAD;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.latitude * RAD) * Math.cos(b.latitude * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** For each site, the ids of the OTHER sites within `radiusKm`. */
export function regionalPeers(
  places: readonly Place[],
  radiusKm = REGION_RADIUS_KM,
): Map<string, string[]> {
  const peers = new Map<string, string[]>(places.map((p) => [p.id, []]));
  // By latitude: two places further apart north-south than the radius cannot be peers, so each
  // place is compared only with the band above it (1,000 sites: ~30 ms down to a few).
  const sorted = [...places].sort((a, b) => a.latitude - b.latitude);
  const bandDegrees = radiusKm / (EARTH_RADIUS_KM * RAD);
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.latitude - a.latitude > bandDegrees) break;
      if (distanceKm(a, b) > radiusKm) continue;
      peers.get(a.id)!.push(b.id);
      peers.get(b.id)!.push(a.id);
    }
  }
  return peers;
}

/**
 * The region's clearness for one hour: the median of the peers' actual ÷ expected ratios (null
 * without a peer that reported that hour). The median keeps one faulty peer from deciding it.
 */
export function regionalClearness(peerRatios: readonly (number | null)[]): number | null {
  // A typed array sorts numbers in numeric order without a comparator call per step (a
  // 1,000-site fleet in one city asks for 1,000 medians of 999 peers on every portfolio).
  const known = Float64Array.from(peerRatios.filter((r): r is number => r !== null)).sort();
  if (known.length === 0) return null;
  const mid = Math.floor(known.length / 2);
  return known.length % 2 ? known[mid]! : (known[mid - 1]! + known[mid]!) / 2;
}
