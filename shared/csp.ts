/**
 * The renderer's Content-Security-Policy: only our own files, no eval, no plugins, no framing,
 * no forms. Main sends it as a header; the built page repeats it as a meta tag.
 *
 * No `'unsafe-inline'` for styles: the built renderer's CSS is one file, and React (recharts
 * included) sets element styles through the CSSOM (`element.style`), which style-src does not
 * govern; only `<style>` elements and `style="…"` markup would need it, and the app has neither.
 * tests/e2e/csp.test.ts proves it in Chromium on every page and chart range. The dev server
 * injects CSS as `<style>` elements, so only its policy (electron/platform/protocol.ts) allows them.
 */

/** The directives; `frame-ancestors` works only as a header (browsers ignore it in a meta tag). */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
] as const;

/** The policy as a header value. */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/** The policy for a `<meta http-equiv>` tag (without the header-only directive). */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter(
  (d) => !d.startsWith('frame-ancestors'),
).join('; ');
