/**
 * The middleware each emulator puts in front of its routes: the configured latency, then the
 * answer recorded in the call log (method, path, status, the clock at arrival, OAuth or API,
 * and only the query parameters that are safe to keep). Which paths count, as what, and which
 * extra parameters a provider's calls are told apart by stay in each emulator's server.ts.
 */
import type { MiddlewareHandler } from 'hono';
import { safeQuery, type CallLog, type RecordedCall } from '../enphase/calls';
import type { EmulatorClock } from '../enphase/clock';
import { sleep } from '../enphase/http';

/** What the middleware reads from an emulator's context. */
export interface RecordingContext {
  clock: EmulatorClock;
  calls: CallLog;
  latencyMs: number;
}

/** How one emulator names its calls. */
export interface CallNaming {
  /** The kind of call a path is, or null for paths that are not recorded (admin, pages). */
  kindOf(path: string): RecordedCall['kind'] | null;
  /** Query parameters kept beside the common safe ones (none secret). */
  keptParameters?: readonly string[];
}

/** Delays and records every call the naming counts. */
export function recordCalls(context: RecordingContext, naming: CallNaming): MiddlewareHandler {
  return async (c, next) => {
    const path = c.req.path;
    const kind = naming.kindOf(path);
    if (kind === null) return next();
    const at = context.clock.now();
    if (context.latencyMs > 0) await sleep(context.latencyMs);
    await next();
    const search = new URL(c.req.url).searchParams;
    const query = safeQuery(search);
    for (const name of naming.keptParameters ?? []) {
      const value = search.get(name);
      if (value !== null) query[name] = value;
    }
    context.calls.record({ method: c.req.method, path, status: c.res.status, at, kind, query });
  };
}
