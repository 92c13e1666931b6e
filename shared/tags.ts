/**
 * Site tags: user-defined labels such as "North campus" that group sites in the portfolio.
 * The rules for what a tag is live here, free of zod, so the renderer (which must not load the
 * schema library) cleans what a person types exactly as main checks it.
 */

/** The longest tag, in characters: a label, not a note. */
export const TAG_MAX_LENGTH = 40;
/** The most tags one site may carry. */
export const TAGS_PER_SITE_MAX = 12;

/** A tag as stored: outer space trimmed, inner runs of space made one. */
export function cleanTag(raw: string): string {
  return raw.trim().replace(/\s+/g, ' ');
}

/** The key two tags are the same by ("north campus" is "North Campus"). */
export function tagKey(tag: string): string {
  return cleanTag(tag).toLocaleLowerCase('en');
}

/** Why a list of tags cannot be stored: a tag too long, or too many tags. */
export type TagProblem = { kind: 'tooLong'; tag: string } | { kind: 'tooMany' };

/** The problem with a normalized list of tags, or null when it can be stored. */
export function tagProblem(tags: readonly string[]): TagProblem | null {
  const tooLong = tags.find((t) => t.length > TAG_MAX_LENGTH);
  if (tooLong !== undefined) return { kind: 'tooLong', tag: tooLong };
  if (tags.length > TAGS_PER_SITE_MAX) return { kind: 'tooMany' };
  return null;
}

/**
 * The tags to store for what a person gave: cleaned, empty ones dropped, the first spelling of
 * each tag kept (case-insensitive duplicates removed), in the order given.
 */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = cleanTag(raw);
    const key = tagKey(tag);
    if (tag.length === 0 || seen.has(key)) continue;
    seen.add(key);
    out.push(tag);
  }
  return out;
}

/** Splits what was typed in a tag field ("North campus, Schools") into tags. */
export function parseTagInput(text: string): string[] {
  return normalizeTags(text.split(','));
}
