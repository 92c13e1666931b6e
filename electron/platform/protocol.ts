/**
 * The `app://` scheme the production renderer is served from (Electron's checklist: a custom
 * protocol, not `file://`), and the Content-Security-Policy every response carries.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol, type Session } from 'electron';
import type { Logger } from '../ports';
import { resolveRendererPath } from './renderer-files';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

/** The scheme name; the renderer lives at `app://enalysis/`. */
export const APP_SCHEME = 'app';

/** The policy for the renderer (shared/csp.ts), re-exported for main and the tests. */
export { CONTENT_SECURITY_POLICY };

/**
 * The policy while the renderer comes from the Vite dev server: its React refresh preamble is an
 * inline script and hot reload talks over a websocket. Still no eval; never used when packaged.
 */
export function devContentSecurityPolicy(devServerOrigin: string): string {
  const socket = devServerOrigin.replace(/^http/, 'ws');
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
    .replace("style-src 'self'", "style-src 'self' 'unsafe-inline'")
    .replace("connect-src 'self'", `connect-src 'self' ${socket}`);
}

/**
 * Marks `app://` as standard and secure before `ready` (Electron only accepts it then): a real
 * origin for `'self'` in the CSP, fetch() for the renderer, secure-context APIs.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function respond(
  status: number,
  body: ConstructorParameters<typeof Response>[0],
  contentType: string,
): Response {
  return new Response(body, {
    status,
    headers: {
      'Content-Type': contentType,
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

async function isInside(rootDir: string, filePath: string): Promise<boolean> {
  // A symlink inside the built folder must not lead out of it either.
  const [root, real] = await Promise.all([realpath(rootDir), realpath(filePath)]);
  const fromRoot = path.relative(root, real);
  return fromRoot !== '' && !fromRoot.startsWith('..') && !path.isAbsolute(fromRoot);
}

/** Answers one `app://` request from `rendererDir`; exported for the tests. */
export async function serveRendererFile(
  rendererDir: string,
  requestUrl: string,
  log: Logger,
): Promise<Response> {
  const target = resolveRendererPath(rendererDir, requestUrl);
  if (target.kind === 'forbidden') {
    log.warn('app protocol refused a request', { reason: target.reason });
    return respond(403, 'Forbidden', 'text/plain; charset=utf-8');
  }
  try {
    const info = await stat(target.filePath);
    if (!info.isFile() || !(await isInside(rendererDir, target.filePath))) {
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
    return respond(200, await readFile(target.filePath), target.mimeType);
  } catch {
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  }
}

/** Serves the built renderer on `app://enalysis/` (after `ready`). */
export function handleAppProtocol(rendererDir: string, log: Logger): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir, request.url, log));
}

/**
 * Adds the CSP header to every response the session receives, so pages that do not come
 * through our protocol handler (the Vite dev server) are held to a policy too.
 */
export function applyContentSecurityPolicy(
  session: Session,
  policy: string = CONTENT_SECURITY_POLICY,
): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
