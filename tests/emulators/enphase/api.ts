/**
 * The `/api/v4` surface: the gate every call passes (API key, then bearer token, then the
 * application's quota, then injected faults) and the routes behind it.
 */
import { Hono } from 'hono';
import { systemRoutes } from './api-systems';
import { telemetryRoutes } from './api-telemetry';
import type { ApiEnv } from './access';
import type { EmulatorContext } from './context';
import { keyMismatch, keyMissing, notAuthorized } from './errors';
import { errorResponse, faultGate, jsonResponse } from './http';
import { quotaExceededBody } from './quota';

/** The API routes, to be mounted at `/api/v4`. */
export function apiRoutes(context: EmulatorContext): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  routes.use('*', async (c, next) => {
    const key = c.req.query('key') ?? c.req.header('key');
    if (!key) return errorResponse(keyMissing);
    if (key !== context.app.apiKey) return errorResponse(keyMismatch);
    const bearer = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '');
    const login = bearer ? context.tokens.ownerOfAccessToken(bearer[1]!) : null;
    if (!login) return errorResponse(notAuthorized);
    // Only authenticated hits count; 401s and 429s are free, injected 500s are not.
    const rejection = context.quota.hit(context.clock.now());
    if (rejection) return jsonResponse(429, quotaExceededBody(rejection));
    const fault = await faultGate(context, c.req.path);
    if (fault) return fault;
    c.set('login', login);
    await next();
  });
  routes.route('/', systemRoutes(context));
  routes.route('/', telemetryRoutes(context));
  return routes;
}
