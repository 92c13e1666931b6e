/**
 * Hash routes: `#/` (portfolio), `#/site/<id>?range=week&anchor=2025-10-14`, `#/settings`,
 * `#/connections`, `#/reports`, `#/alerts`, and the print layout
 * `#/report?scope=fleet&period=2026-11`.
 * Parsing is pure and forgiving: anything unknown falls back to a typed not-found route.
 */
import type { SeriesRange } from '../../../shared/domain';
import { isLocalDate } from '../../../shared/time';

/** Where the app is. */
export type Route =
  | { page: 'portfolio' }
  | { page: 'site'; siteId: string; range: SeriesRange; anchor: string | null }
  | { page: 'settings' }
  | { page: 'connections' }
  | { page: 'reports' }
  | { page: 'report'; scope: string; period: string }
  | { page: 'alerts' }
  | { page: 'not-found'; hash: string };

const RANGES: readonly SeriesRange[] = ['day', 'week', 'month', 'year', 'lifetime'];

/** True for a range name the site page knows. */
export function isSeriesRange(value: string | null): value is SeriesRange {
  return value !== null && (RANGES as readonly string[]).includes(value);
}

function decode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

/** Reads `location.hash` into a Route. */
export function parseRoute(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const [path = '', query = ''] = raw.split('?', 2);
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return { page: 'portfolio' };
  if (parts.length === 1 && parts[0] === 'settings') return { page: 'settings' };
  if (parts.length === 1 && parts[0] === 'connections') return { page: 'connections' };
  if (parts.length === 1 && parts[0] === 'reports') return { page: 'reports' };
  if (parts.length === 1 && parts[0] === 'report') {
    const params = new URLSearchParams(query);
    const scope = params.get('scope');
    const period = params.get('period');
    if (scope && period && /^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period)) {
      return { page: 'report', scope, period };
    }
  }
  if (parts.length === 1 && parts[0] === 'alerts') return { page: 'alerts' };
  if (parts.length === 2 && parts[0] === 'site') {
    const siteId = decode(parts[1]!);
    if (siteId) {
      const params = new URLSearchParams(query);
      const range = params.get('range');
      const anchor = params.get('anchor');
      return {
        page: 'site',
        siteId,
        range: isSeriesRange(range) ? range : 'day',
        anchor: anchor !== null && isLocalDate(anchor) ? anchor : null,
      };
    }
  }
  return { page: 'not-found', hash };
}

/** The href of a route, the inverse of parseRoute (defaults are left out of the URL). */
export function routeHref(route: Route): string {
  switch (route.page) {
    case 'portfolio':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'connections':
      return '#/connections';
    case 'reports':
      return '#/reports';
    case 'report':
      return `#/report?${new URLSearchParams({ scope: route.scope, period: route.period }).toString()}`;
    case 'alerts':
      return '#/alerts';
    case 'not-found':
      return route.hash || '#/';
    case 'site': {
      const params = new URLSearchParams();
      if (route.range !== 'day') params.set('range', route.range);
      if (route.anchor) params.set('anchor', route.anchor);
      const query = params.toString();
      return `#/site/${encodeURIComponent(route.siteId)}${query ? `?${query}` : ''}`;
    }
  }
}

/** The href of a site page at its default view. */
export function siteHref(siteId: string): string {
  return routeHref({ page: 'site', siteId, range: 'day', anchor: null });
}
