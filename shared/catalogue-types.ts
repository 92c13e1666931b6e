/** The type that makes a translation fail `tsc` when it misses (or adds) a key of its English area. */

/** Every key of an English area, each with a string. */
export type AreaOf<English> = { readonly [K in keyof English]: string };
