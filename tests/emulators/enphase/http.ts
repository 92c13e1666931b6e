/**
 * Small response helpers shared by the route modules: JSON answers without extra headers (the
 * real API sends no Retry-After, so neither do we) and the injected-fault gate.
 */
import type { MiddlewareHandler } from 'hono';
import type { EmulatorContext } from './context';
import type { ErrorReply } from './errors';

/** A JSON response with exactly this status and body. */
export function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** An error reply as a response. */
export function errorResponse(reply: ErrorReply): Response {
  return jsonResponse(reply.status, reply.body);
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Fires the first injected fault matching the path: waits its delay, then answers for it, or
 * returns null to let the request through (no fault, or a delay-only fault).
 */
export async function faultGate(
  context: Pick<EmulatorContext, 'faults'>,
  path: string,
): Promise<Response | null> {
  const fault = context.faults.take(path);
  if (!fault) return null;
  if (fault.delayMs > 0) await sleep(fault.delayMs);
  if (!fault.reply) return null;
  return new Response(fault.reply.text, {
    status: fault.reply.status,
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}

/** `faultGate` in front of a whole route group: an injected fault answers before the route. */
export function faultGated(context: Pick<EmulatorContext, 'faults'>): MiddlewareHandler {
  return async (c, next) => {
    const fault = await faultGate(context, c.req.path);
    if (fault) return fault;
    await next();
  };
}
