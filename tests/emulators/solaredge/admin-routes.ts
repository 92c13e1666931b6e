/**
 * The admin actions over HTTP (JSON under `/__admin`), so an E2E test in another process or a
 * person with curl can drive the emulator. Loopback only, like the emulator itself.
 */
import { Hono } from 'hono';
import { z } from 'zod';
import { clockBody, faultBody, json } from '../enphase/admin-routes';
import type { EmulatorClock } from '../enphase/clock';
import { jsonResponse } from '../enphase/http';
import type { Payer, SolarEdgeAdmin } from './admin';

const ownerBody = z
  .object({ login: z.string().min(3).max(320), siteId: z.number().int().optional() })
  .strict();
const keyBody = z.object({ apiKey: z.string().min(1).max(200) }).strict();
const payerField = z.union([
  z.literal('oauth'),
  z.object({ apiKey: z.string().min(1).max(200) }).strict(),
]);
const limitsBody = z
  .object({
    perMinute: z.number().int().min(1),
    perMonth: z.number().int().min(1),
    payer: payerField.optional(),
  })
  .strict();
const exhaustBody = z.object({ payer: payerField }).strict();
const delayBody = z.object({ seconds: z.number().int().min(0).max(86_400) }).strict();

/** Admin routes, to be mounted at `/__admin`. */
export function solarEdgeAdminRoutes(admin: SolarEdgeAdmin, clock: EmulatorClock): Hono {
  const routes = new Hono();
  const ok = () => jsonResponse(200, admin.state());

  routes.get('/state', ok);
  routes.post('/clock', async (c) => {
    const body = clockBody.parse(await json(c));
    if ('set' in body) clock.set(body.set);
    else clock.advance(body.advance);
    return ok();
  });
  routes.post('/owners/revoke', async (c) => {
    const body = ownerBody.parse(await json(c));
    admin.revokeOwner(body.login, body.siteId);
    return ok();
  });
  routes.post('/keys/revoke', async (c) => {
    admin.revokeKey(keyBody.parse(await json(c)).apiKey);
    return ok();
  });
  routes.post('/faults', async (c) => {
    const { pathRegex, path, ...rest } = faultBody.parse(await json(c));
    const pattern = pathRegex !== undefined ? new RegExp(pathRegex) : path;
    admin.injectFault({ ...rest, ...(pattern !== undefined && { path: pattern }) });
    return ok();
  });
  routes.delete('/faults', () => {
    admin.clearFaults();
    return ok();
  });
  routes.post('/credits/limits', async (c) => {
    const { payer, ...limits } = limitsBody.parse(await json(c));
    admin.setCreditLimits(limits, payer as Payer | undefined);
    return ok();
  });
  routes.post('/credits/exhaust-month', async (c) => {
    admin.exhaustMonth(exhaustBody.parse(await json(c)).payer as Payer);
    return ok();
  });
  routes.post('/credits/reset', () => {
    admin.resetCredits();
    return ok();
  });
  routes.get('/calls', () => jsonResponse(200, admin.calls()));
  routes.delete('/calls', () => {
    admin.clearCalls();
    return ok();
  });
  routes.post('/data-delay', async (c) => {
    admin.setDataDelay(delayBody.parse(await json(c)).seconds);
    return ok();
  });
  routes.get('/day-wh', (c) => {
    const siteId = Number(c.req.query('site_id'));
    const date = c.req.query('date') ?? '';
    return jsonResponse(200, { site_id: siteId, date, wh: admin.dayWh(siteId, date) });
  });
  routes.onError((error) =>
    jsonResponse(400, { error: error.name, message: error.message.slice(0, 500) }),
  );
  return routes;
}
