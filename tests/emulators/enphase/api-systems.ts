/**
 * `/systems` (paged list), `/systems/{id}`, `/summary`, `/devices` and the per-micro
 * `/systems/inverters_summary_by_envoy_or_site`.
 */
import { Hono } from 'hono';
import { isLocalDate } from '../../../shared/time';
import { ownedSystem, withOwnedSystem, type ApiEnv } from './access';
import type { EmulatorContext } from './context';
import { futureDate, invalidRange, unprocessable } from './errors';
import { errorResponse, jsonResponse } from './http';
import { devicesView, inverterSummaryView, summaryView, systemView } from './views';

const MAX_PAGE_SIZE = 100;
const sortKeys = ['id', 'name', 'last_report_date'] as const;

/** System routes (mounted under the API gate). */
export function systemRoutes(context: EmulatorContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  const { fleet } = context;

  routes.get('/systems', (c) => {
    const page = positiveInteger(c.req.query('page'), 1);
    const size = positiveInteger(c.req.query('size'), 10);
    if (page === null) return errorResponse(unprocessable('page must be a positive integer'));
    if (size === null || size > MAX_PAGE_SIZE) {
      return errorResponse(unprocessable(`size must be between 1 and ${MAX_PAGE_SIZE}`));
    }
    const sortBy = c.req.query('sort_by') ?? 'id';
    const descending = sortBy.startsWith('-');
    const key = descending ? sortBy.slice(1) : sortBy;
    if (!(sortKeys as readonly string[]).includes(key)) {
      return errorResponse(unprocessable(`sort_by must be one of ${sortKeys.join(', ')}`));
    }
    const account = fleet.account(c.get('login'))!;
    const all = fleet.systemsOf(account).map((model) => systemView(fleet, model));
    all.sort((a, b) => compare(a, b, key as (typeof sortKeys)[number]) * (descending ? -1 : 1));
    const systems = all.slice((page - 1) * size, page * size);
    return jsonResponse(200, {
      total: all.length,
      current_page: page,
      size,
      count: systems.length,
      items: 'systems',
      systems,
    });
  });

  const withSystem = (handler: Parameters<typeof withOwnedSystem>[1]) =>
    withOwnedSystem(context, handler);

  // Registered before `/systems/:id`, which would otherwise take the name for an id.
  routes.get('/systems/inverters_summary_by_envoy_or_site', (c) => {
    const owned = ownedSystem(context, c.get('login'), c.req.query('site_id') ?? '');
    if ('body' in owned) return errorResponse(owned);
    return jsonResponse(200, inverterSummaryView(fleet, owned));
  });
  routes.get(
    '/systems/:id',
    withSystem((model) => jsonResponse(200, systemView(fleet, model))),
  );
  routes.get(
    '/systems/:id/summary',
    withSystem((model, c) => {
      const today = fleet.today(model);
      const date = c.req.query('summary_date') ?? today;
      if (!isLocalDate(date)) return errorResponse(invalidRange);
      if (date > today) return errorResponse(futureDate);
      return jsonResponse(200, summaryView(fleet, model, date));
    }),
  );
  routes.get(
    '/systems/:id/devices',
    withSystem((model) => jsonResponse(200, devicesView(fleet, model))),
  );
  return routes;
}

function positiveInteger(raw: string | undefined, fallback: number): number | null {
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,9}$/.test(raw)) return null;
  const value = Number(raw);
  return value >= 1 ? value : null;
}

function compare(
  a: Record<string, unknown>,
  b: Record<string, unknown>,
  key: (typeof sortKeys)[number],
): number {
  if (key === 'name') return String(a.name).localeCompare(String(b.name));
  const field = key === 'id' ? 'system_id' : 'last_report_at';
  return Number(a[field]) - Number(b[field]) || Number(a.system_id) - Number(b.system_id);
}
