/**
 * Maps an `app://enalysis/…` request onto a file of the built renderer. Pure (no file system) so
 * the path-traversal rules are tested with a table of hostile URLs; protocol.ts does the I/O.
 */
import path from 'node:path';

/** The host every renderer URL uses: `app://enalysis/index.html`. */
export const APP_HOST = 'enalysis';

/** Where a request points. */
export type RendererTarget =
  { kind: 'file'; filePath: string; mimeType: string } | { kind: 'forbidden'; reason: string };

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file name; unknown types are served as opaque bytes, never sniffed. */
export function mimeTypeFor(fileName: string): string {
  return mimeTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Resolves a request URL to a file under `rootDir`. Refuses other hosts, encoded or raw `..`
 * segments, backslashes, NUL bytes and anything that would land outside the root after
 * normalisation; `/` means `index.html`.
 */
export function resolveRendererPath(rootDir: string, requestUrl: string): RendererTarget {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return { kind: 'forbidden', reason: 'unparsable URL' };
  }
  if (url.protocol !== 'app:' || url.host !== APP_HOST) {
    return { kind: 'forbidden', reason: 'foreign host' };
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return { kind: 'forbidden', reason: 'malformed escape' };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) {
    return { kind: 'forbidden', reason: 'forbidden character' };
  }
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.')) {
    return { kind: 'forbidden', reason: 'dot segment' };
  }
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const root = path.resolve(rootDir);
  const filePath = path.resolve(root, relative);
  const fromRoot = path.relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || path.isAbsolute(fromRoot)) {
    return { kind: 'forbidden', reason: 'outside the renderer folder' };
  }
  return { kind: 'file', filePath, mimeType: mimeTypeFor(filePath) };
}
