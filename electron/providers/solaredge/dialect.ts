/**
 * Where SolarEdge V2 sources disagree, written once (reference: "keep names in one place"): the
 * span parameters' names (`startTime`/`endTime` or `from`/`to`), the paging parameters, the
 * span caps per resolution, and the two shapes of the sites list. A correction to any of them
 * is one edit here; the HTTP client and the parsers ask this module.
 */
import { z } from 'zod';

/** Resolutions the app asks for. */
export type SolarEdgeResolution = 'QUARTER_HOUR' | 'HOUR' | 'DAY' | 'MONTH' | 'YEAR';

/** The longest span one call may ask for, in wall-clock hours or calendar months (null: none). */
export type SpanCap = { hours: number } | { months: number } | null;

/** The API's conventions the app depends on. */
export interface SolarEdgeDialect {
  spanParams: { start: string; end: string };
  resolutionParam: string;
  pageParam: string;
  pageSizeParam: string;
  /** Number of the first page. */
  firstPage: number;
  /** Largest page the API serves. */
  maxPageSize: number;
  caps: Record<SolarEdgeResolution, SpanCap>;
}

/** The reference's V2 conventions. */
export const defaultDialect: SolarEdgeDialect = {
  spanParams: { start: 'startTime', end: 'endTime' },
  resolutionParam: 'resolution',
  pageParam: 'page',
  pageSizeParam: 'sites-in-page',
  firstPage: 1,
  maxPageSize: 1_000,
  caps: {
    QUARTER_HOUR: { hours: 12 },
    HOUR: { hours: 24 },
    DAY: { months: 1 },
    MONTH: null,
    YEAR: null,
  },
};

/** The fixes one other public client's fixtures show (`from`/`to`). */
export const fromToDialect: SolarEdgeDialect = {
  ...defaultDialect,
  spanParams: { start: 'from', end: 'to' },
};

/** The query of a span call: its two wall-clock bounds and the resolution. */
export function spanQuery(
  dialect: SolarEdgeDialect,
  startWall: string,
  endWall: string,
  resolution: SolarEdgeResolution | null,
): Record<string, string> {
  return {
    [dialect.spanParams.start]: startWall,
    [dialect.spanParams.end]: endWall,
    ...(resolution !== null && { [dialect.resolutionParam]: resolution }),
  };
}

/** The query of one `/sites` page. */
export function sitesPageQuery(
  dialect: SolarEdgeDialect,
  index: number,
  size: number,
): Record<string, string> {
  return {
    [dialect.pageParam]: String(dialect.firstPage + index),
    [dialect.pageSizeParam]: String(Math.min(size, dialect.maxPageSize)),
  };
}

const looseList = z
  .unknown()
  .optional()
  .transform((value): unknown[] => (Array.isArray(value) ? value : []));
const count = z
  .unknown()
  .optional()
  .transform((value) =>
    typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null,
  );

/** V2: `{page, sitesInPage, totalCount, sites: […]}`. */
const v2List = z.object({ sites: z.array(z.unknown()), totalCount: count });
/** V1-like: `{sites: {count, site: […]}}`. */
const v1List = z.object({ sites: z.object({ count, site: looseList }) });

/** One `/sites` page in either shape: the raw items and the total, or null if neither shape. */
export function readSitesPage(body: unknown): { items: unknown[]; total: number | null } | null {
  const v2 = v2List.safeParse(body);
  if (v2.success) return { items: v2.data.sites, total: v2.data.totalCount };
  const v1 = v1List.safeParse(body);
  if (v1.success) return { items: v1.data.sites.site, total: v1.data.sites.count };
  return null;
}
