/**
 * Deterministic pseudo-randomness for the demo fleet: integer hashes instead of a stateful
 * generator, so any instant can be evaluated on its own and always gives the same answer.
 */

/** FNV-1a of a string: turns a site slug into a stable 32-bit key. */
export function stringHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** Murmur3's finaliser over three integers: well mixed, cheap, no state. */
export function hash32(a: number, b: number, c: number): number {
  let h = Math.imul(a | 0, 0xcc9e2d51) ^ Math.imul(b | 0, 0x1b873593);
  h = Math.imul(h ^ (h >>> 15), 0x85ebca6b) ^ (c | 0);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A uniform number in [0, 1) from three integers. */
export function hash01(a: number, b: number, c: number): number {
  return hash32(a, b, c) / 4294967296;
}

/**
 * Smooth value noise in [0, 1): random values at knots `periodSeconds` apart, eased between,
 * so a cloud drifts in over minutes instead of switching from one interval to the next.
 */
export function valueNoise(
  seed: number,
  key: number,
  epochSeconds: number,
  periodSeconds: number,
): number {
  const position = epochSeconds / periodSeconds;
  const knot = Math.floor(position);
  const f = position - knot;
  const eased = f * f * (3 - 2 * f);
  const salt = seed ^ periodSeconds;
  const a = hash01(salt, key, knot);
  const b = hash01(salt, key, knot + 1);
  return a + (b - a) * eased;
}
