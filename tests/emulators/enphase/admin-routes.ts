/**
 * The admin actions over HTTP (JSON under `/__admin`), so an E2E test in another process or a
 * person with curl can drive the emulator. Loopback only, like the emulator itself.
 */
import { Hono, type Context } from 'hono';
import type { FaultSpec } from './faults';
import { z } from 'zod';
import type { EmulatorAdmin } from './admin';
import type { EmulatorClock } from './clock';
import { jsonResponse } from './http';
import { planLimits } from './quota';

/** `{set}` or `{advance}` for the clock route (shared with the SolarEdge emulator). */
export const clockBody = z.union([
  z.object({ set: z.number().int() }).strict(),
  z.object({ advance: z.number().int() }).strict(),
]);
const loginBody = z.object({ login: z.string().min(3).max(320) }).strict();
/** A fault to inject, as JSON (shared with the SolarEdge emulator). */
export const faultBody = z
  .object({
    path: z.string().max(500).optional(),
    pathRegex: z.string().max(500).optional(),
    status: z.number().int().min(100).max(599).optional(),
    body: z.unknown().optional(),
    times: z.number().int().min(1).max(100_000).optional(),
    malformed: z.boolean().optional(),
    delayMs: z.number().int().min(0).max(120_000).optional(),
  })
  .strict();
const planBody = z
  .object({ plan: z.enum(Object.keys(planLimits) as [keyof typeof planLimits]) })
  .strict();
const latencyBody = z.object({ ms: z.number().int().min(0).max(60_000) }).strict();
const delayBody = z.object({ seconds: z.number().int().min(0).max(86_400) }).strict();

const incidentBody = z
  .object({
    kind: z.enum(['trip', 'snow', 'overcast', 'degradation']),
    sites: z.array(z.string().regex(/^\d+$/)).min(1).max(1000),
    from: z.number().int(),
    to: z.number().int(),
    severity: z.number().min(0).max(1),
  })
  .strict();

/** Admin routes, to be mounted at `/__admin`. */
export function adminRoutes(admin: EmulatorAdmin, clock: EmulatorClock): Hono {
  const routes = commonAdminRoutes(admin, clock, () => admin.state());
  const ok = () => jsonResponse(200, admin.state());

  routes.post('/accounts/revoke', async (c) => {
    admin.revokeAccount(loginBody.parse(await json(c)).login);
    return ok();
  });
  routes.post('/accounts/restore', async (c) => {
    admin.restoreAccount(loginBody.parse(await json(c)).login);
    return ok();
  });
  routes.post('/quota/reset', () => {
    admin.resetQuota();
    return ok();
  });
  routes.post('/plan', async (c) => {
    admin.setPlan(planBody.parse(await json(c)).plan);
    return ok();
  });
  routes.post('/latency', async (c) => {
    admin.setLatency(latencyBody.parse(await json(c)).ms);
    return ok();
  });
  routes.post('/incidents', async (c) => {
    admin.addIncident(incidentBody.parse(await json(c)));
    return ok();
  });
  routes.post('/data-delay', async (c) => {
    admin.setDataDelay(delayBody.parse(await json(c)).seconds);
    return ok();
  });
  routes.get('/expected-daily-wh', (c) => {
    const systemId = Number(c.req.query('system_id'));
    const date = c.req.query('date') ?? '';
    return jsonResponse(200, {
      system_id: systemId,
      date,
      wh: admin.expectedDailyWh(systemId, date),
    });
  });
  routes.onError((error) =>
    jsonResponse(400, { error: error.name, message: error.message.slice(0, 500) }),
  );
  return routes;
}

/** The request's JSON body ({} when empty), read up to 64 KiB. */
export async function json(c: Context): Promise<unknown> {
  const text = await c.req.text();
  return text === '' ? {} : (JSON.parse(text.slice(0, 65_536)) as unknown);
}

/** What every emulator's admin can do to its clock, faults and call log. */
export interface CommonAdmin {
  injectFault(spec: FaultSpec): void;
  clearFaults(): void;
  calls(): unknown;
  clearCalls(): void;
}

/**
 * The routes every emulator's admin has (state, clock, faults, calls), so a new emulator mounts
 * them instead of writing them again; `state` answers each action.
 */
export function commonAdminRoutes(
  admin: CommonAdmin,
  clock: EmulatorClock,
  state: () => unknown,
): Hono {
  const routes = new Hono();
  const ok = () => jsonResponse(200, state());
  routes.get('/state', ok);
  routes.post('/clock', async (c) => {
    const body = clockBody.parse(await json(c));
    if ('set' in body) clock.set(body.set);
    else clock.advance(body.advance);
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
  routes.get('/calls', () => jsonResponse(200, admin.calls()));
  routes.delete('/calls', () => {
    admin.clearCalls();
    return ok();
  });
  return routes;
}
