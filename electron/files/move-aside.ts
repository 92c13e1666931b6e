/**
 * Moving a damaged file out of the way without destroying it: the cache and the settings file
 * both keep what they could not read as `<name>.corrupt-<time>`, so support can look at it and
 * the app starts fresh instead of failing at every launch.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

/** `20240611T101500Z` from epoch seconds: sortable and safe in every file system. */
export function fileStamp(epochSeconds: number): string {
  return new Date(epochSeconds * 1000)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
}

/**
 * Renames `filePath` (and any of its `companions` suffixes, e.g. SQLite's -wal/-shm) to
 * `<name>.corrupt-<stamp>[-n]`; returns the new path of the main file.
 */
export function moveAside(
  filePath: string,
  epochSeconds: number,
  companions: readonly string[] = [],
): string {
  const base = `${filePath}.corrupt-${fileStamp(epochSeconds)}`;
  const taken = (target: string) =>
    existsSync(target) || companions.some((suffix) => existsSync(target + suffix));
  let target = base;
  for (let n = 2; taken(target); n++) target = `${base}-${n}`;
  renameSync(filePath, target);
  for (const suffix of companions) {
    if (!existsSync(filePath + suffix)) continue;
    try {
      renameSync(filePath + suffix, target + suffix);
    } catch {
      // A companion that cannot be moved must still not be paired with the fresh file.
      rmSync(filePath + suffix, { force: true });
    }
  }
  return target;
}
