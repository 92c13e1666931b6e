/**
 * Vite builds the renderer (renderer/ → dist/renderer). Paths are resolved from this file, not
 * from the working directory, so a test harness can start a dev server programmatically with
 * `configFile: <repo>/vite.config.ts` from anywhere.
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { META_CONTENT_SECURITY_POLICY } from './shared/csp';

const rendererRoot = fileURLToPath(new URL('./renderer', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/renderer', import.meta.url));

/**
 * The same policy main sends as a header, repeated as a meta tag in the BUILT page as a second
 * line of defence. Not in dev: the React refresh preamble is an inline script.
 */

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'enalysis:csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  root: rendererRoot,
  base: './',
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir,
    emptyOutDir: true,
    // Electron 45 ships a current Chromium: no legacy transpilation needed.
    target: 'chrome140',
    chunkSizeWarningLimit: 1024,
  },
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: false },
  clearScreen: false,
});
