/**
 * SolarEdge's timestamps into UTC instants, in one tested place. The API writes the SITE's wall
 * clock without an offset ("2026-10-25 02:15:00"), so an autumn day names 02:00–02:59 twice and a
 * spring day never names its skipped hour; one source writes ISO with an offset instead, and an
 * offset always wins over the zone. A series is read in order: a repeated wall time is its
 * first instant unless that would not be after the previous entry, then its second. A wall time
 * inside a spring gap names no instant at all and comes back as null (the caller drops it
 * rather than file it under a neighbouring quarter).
 */
import { DateTime } from 'luxon';

const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/;

/** A timestamp's parts: wall-clock fields and, when written, the offset. */
interface ParsedStamp {
  wall: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  /** The written offset as an ISO suffix, or null for SolarEdge's offset-free form. */
  offset: string | null;
}

function parseStamp(text: string): ParsedStamp | null {
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [, y, mo, d, h = '00', mi = '00', s = '00', offset] = match;
  return {
    wall: {
      year: Number(y),
      month: Number(mo),
      day: Number(d),
      hour: Number(h),
      minute: Number(mi),
      second: Number(s),
    },
    offset: offset ?? null,
  };
}

/**
 * Every instant a wall time names in a zone, earliest first: one on an ordinary day, two in a
 * repeated autumn hour, none in a skipped spring hour (or for an impossible date).
 */
export function instantsOfWallTime(wall: ParsedStamp['wall'], zone: string): number[] {
  const resolved = DateTime.fromObject(wall, { zone });
  if (!resolved.isValid) return [];
  const sameWall = (candidate: DateTime) =>
    candidate.year === wall.year &&
    candidate.month === wall.month &&
    candidate.day === wall.day &&
    candidate.hour === wall.hour &&
    candidate.minute === wall.minute &&
    candidate.second === wall.second;
  // Luxon moves a skipped wall time forward; such a time names no instant.
  if (!sameWall(resolved)) return [];
  const at = Math.round(resolved.toSeconds());
  const out = new Set<number>([at]);
  // Transitions move clocks by 30 or 60 minutes: the twin of a repeated time is that far away.
  for (const shift of [-3600, -1800, 1800, 3600]) {
    if (sameWall(DateTime.fromSeconds(at + shift, { zone }))) out.add(at + shift);
  }
  return [...out].sort((a, b) => a - b);
}

/** One timestamp as an instant: its offset when written, else the earliest instant in `zone`. */
export function siteTimeToUtc(text: string, zone: string): number | null {
  return siteSeriesToUtc([text], zone)[0] ?? null;
}

/**
 * A series of timestamps (in the order the API wrote them) as instants: repeated wall times
 * are told apart by order; `after` (exclusive), when known, is the instant the series cannot
 * precede (the start of the requested span minus one second), so a span that starts in the
 * second pass of a repeated hour is read as such.
 */
export function siteSeriesToUtc(
  texts: readonly string[],
  zone: string,
  after: number = Number.NEGATIVE_INFINITY,
): (number | null)[] {
  let previous = after;
  return texts.map((text) => {
    const parsed = parseStamp(text);
    if (!parsed) return null;
    let at: number | null;
    if (parsed.offset !== null) {
      const withOffset = DateTime.fromObject(parsed.wall, {
        zone: parsed.offset === 'Z' ? 'UTC' : `UTC${normaliseOffset(parsed.offset)}`,
      });
      at = withOffset.isValid ? Math.round(withOffset.toSeconds()) : null;
    } else {
      const candidates = instantsOfWallTime(parsed.wall, zone);
      at = candidates.find((candidate) => candidate > previous) ?? candidates[0] ?? null;
    }
    if (at !== null) previous = Math.max(previous, at);
    return at;
  });
}

/** An instant as the site's wall clock for a query value (`YYYY-MM-DDThh:mm:ss`, no offset). */
export function utcToSiteWall(epochSeconds: number, zone: string): string {
  return DateTime.fromSeconds(epochSeconds, { zone }).toFormat("yyyy-MM-dd'T'HH:mm:ss");
}

function normaliseOffset(offset: string): string {
  const digits = offset.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3)}`;
}
