/**
 * The emulator's side of SolarEdge's time convention: instants are written as the SITE's wall
 * clock without an offset ("2026-10-25 02:15:00"), so the repeated hour of an autumn day is
 * written twice and the skipped hour of a spring day never; query values are read the same way.
 * Kept apart from the app's own converter on purpose: the emulator must not share the code it
 * tests.
 */
import { DateTime } from 'luxon';

/** How timestamps are written: SolarEdge's offset-free wall clock, or ISO with an offset. */
export type TimestampStyle = 'local' | 'offset';

/** An instant as the site's wall clock (`YYYY-MM-DD hh:mm:ss`) or ISO with its offset. */
export function formatWall(epochSeconds: number, zone: string, style: TimestampStyle): string {
  const at = DateTime.fromSeconds(epochSeconds, { zone });
  return style === 'offset'
    ? at.toISO({ suppressMilliseconds: true })!
    : at.toFormat('yyyy-MM-dd HH:mm:ss');
}

/** A parsed query value: the wall-clock fields and their instant (earlier one when repeated). */
export interface WallTime {
  /** The naive wall clock as if it were UTC, for span checks ("12 h" means wall hours). */
  naive: DateTime;
  /** The instant in the site's zone. */
  at: number;
}

const wallPattern = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?))?$/;

/** Reads `YYYY-MM-DD`, `YYYY-MM-DDThh:mm[:ss]` or `YYYY-MM-DD hh:mm:ss`; null if malformed. */
export function parseWall(value: string | undefined, zone: string): WallTime | null {
  if (value === undefined) return null;
  const match = wallPattern.exec(value.trim());
  if (!match) return null;
  const iso = `${match[1]}T${match[2] ?? '00:00:00'}`;
  const naive = DateTime.fromISO(iso, { zone: 'UTC' });
  const local = DateTime.fromISO(iso, { zone });
  if (!naive.isValid || !local.isValid) return null;
  // Luxon resolves a repeated wall time to its later instant; a span starts at the earlier one.
  const at = Math.round(local.toSeconds());
  const wall = local.toFormat('yyyy-MM-dd HH:mm:ss');
  const earlier = [3600, 1800].find(
    (back) => DateTime.fromSeconds(at - back, { zone }).toFormat('yyyy-MM-dd HH:mm:ss') === wall,
  );
  return { naive, at: at - (earlier ?? 0) };
}
