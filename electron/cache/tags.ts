/**
 * Site tags in the cache: the labels a person gives sites ("North campus") to group them. Only
 * sites in the list have tags to show; a site removed without its data keeps its tags for when
 * it comes back (see the schema's step 4).
 */
import { normalizeTags, tagProblem, TAG_MAX_LENGTH, TAGS_PER_SITE_MAX } from '../../shared/tags';
import type { CacheConnection } from './connection';
import { InvalidDataError, UnknownSiteError } from './errors';
import { englishWords, type Message } from '../i18n/words';
import type { SiteTable } from './sites';

/** One site's tags, in the order the person gave them. */
export interface SiteTags {
  siteId: string;
  tags: string[];
}

/** The tag store's operations (implemented on the cache's SQLite connection). */
export interface TagStore {
  /** Every listed site that has tags, by site id; sites without tags are absent. */
  list(): SiteTags[];
  /** One site's tags (none for an unknown site). */
  of(siteId: string): string[];
  /**
   * Replaces a site's tags with `tags` (cleaned, case-insensitive duplicates dropped) and
   * returns what was stored. Throws UnknownSiteError for a site not in the list and
   * InvalidDataError, before writing, for a tag too long or too many tags.
   */
  set(siteId: string, tags: readonly string[]): string[];
}

/** The TagStore on the cache's connection. */
export class TagTable implements TagStore {
  constructor(
    private readonly conn: CacheConnection,
    private readonly sites: SiteTable,
  ) {}

  list(): SiteTags[] {
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        `SELECT s.id, t.tag FROM site_tags t
         JOIN sites s ON s.site_id = t.site_id AND s.removed_at IS NULL
         ORDER BY s.id, t.position`,
      );
      statement.setReturnArrays(true);
      const out: SiteTags[] = [];
      for (const [siteId, tag] of statement.all() as unknown as [string, string][]) {
        const last = out[out.length - 1];
        if (last?.siteId === siteId) last.tags.push(tag);
        else out.push({ siteId, tags: [tag] });
      }
      return out;
    });
  }

  of(siteId: string): string[] {
    const site = this.sites.keyOf(siteId);
    if (site === null || site.removed) return [];
    return this.conn.read(() => {
      const statement = this.conn.prepare(
        'SELECT tag FROM site_tags WHERE site_id = ? ORDER BY position',
      );
      statement.setReturnArrays(true);
      return (statement.all(site.key) as unknown as [string][]).map(([tag]) => tag);
    });
  }

  set(siteId: string, tags: readonly string[]): string[] {
    if (!Array.isArray(tags) || tags.some((t) => typeof t !== 'string'))
      throw new InvalidDataError('Tags must be a list of text.');
    const clean = normalizeTags(tags);
    const problem = tagProblem(clean);
    if (problem !== null) {
      const text: Message =
        problem.kind === 'tooLong'
          ? {
              key: 'error.tags.tooLong',
              params: { tag: problem.tag.slice(0, 20), max: TAG_MAX_LENGTH },
            }
          : { key: 'error.tags.tooMany', params: { max: TAGS_PER_SITE_MAX } };
      throw new InvalidDataError(englishWords.say(text), text);
    }
    const site = this.sites.keyOf(siteId);
    if (site === null || site.removed) throw new UnknownSiteError(siteId);
    this.conn.transaction('the tags of a site', () => {
      this.conn.prepare('DELETE FROM site_tags WHERE site_id = ?').run(site.key);
      const insert = this.conn.prepare(
        'INSERT INTO site_tags (site_id, tag, position) VALUES (?, ?, ?)',
      );
      clean.forEach((tag, position) => insert.run(site.key, tag, position));
    });
    return clean;
  }
}
