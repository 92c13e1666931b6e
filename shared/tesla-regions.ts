/**
 * Tesla's Fleet API regions, known to both the app and the relay: a token is issued for one
 * region's base (its `audience`), so whoever exchanges or refreshes a grant must name the
 * region. Zod-free and pure (the renderer may read it too).
 */
export const teslaRegions = ['NA', 'EU', 'CN'] as const;

/** One of {@link teslaRegions}. */
export type TeslaRegion = (typeof teslaRegions)[number];

/** Narrows any value to a region. */
export function isTeslaRegion(value: unknown): value is TeslaRegion {
  return typeof value === 'string' && (teslaRegions as readonly string[]).includes(value);
}

/**
 * The region a code names by its prefix (`NA_…`, `EU_…`, `CN_…`, as Tesla's own fleet client
 * reads it), or null when it names none.
 */
export function teslaRegionOfCode(code: string): TeslaRegion | null {
  const prefix = /^([A-Z]{2})_/.exec(code)?.[1];
  return isTeslaRegion(prefix) ? prefix : null;
}
