/**
 * Headers every relay response carries, errors and 404s included: nothing may be cached (the
 * bodies are tokens), nothing may leak through Referer (the callback URL holds a code), and the
 * browser may run nothing but what a page explicitly allows. No CORS header is ever set: the
 * relay is called by the desktop app's main process, never by a web page.
 */
import type { MiddlewareHandler } from 'hono';

/** CSP for everything that is not the callback page: no content of any kind. */
export const defaultCsp =
  "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const fixedHeaders: Record<string, string> = {
  'cache-control': 'no-store',
  pragma: 'no-cache',
  'referrer-policy': 'no-referrer',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'cross-origin-resource-policy': 'same-origin',
  'strict-transport-security': 'max-age=31536000',
};

/** Every CORS response header (Fetch standard), removed whoever set it. */
const corsHeaders = [
  'access-control-allow-origin',
  'access-control-allow-credentials',
  'access-control-allow-methods',
  'access-control-allow-headers',
  'access-control-expose-headers',
  'access-control-max-age',
];

/** Sets the fixed headers; a route that needs its own CSP (the callback page) keeps it. */
export function applySecurityHeaders(headers: Headers): void {
  for (const [name, value] of Object.entries(fixedHeaders)) headers.set(name, value);
  if (!headers.has('content-security-policy')) headers.set('content-security-policy', defaultCsp);
  for (const name of corsHeaders) headers.delete(name);
}

/** Hono middleware applying {@link applySecurityHeaders} to whatever response was produced. */
export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    applySecurityHeaders(c.res.headers);
  };
}
