/**
 * Runs in the page before the renderer: builds `window.enalysis` exactly as the preload does,
 * but over Playwright bindings instead of ipcRenderer. Bundled by esbuild at harness start.
 */
import { createEnalysisApi } from '../../shared/bridge';
import type { EventName } from '../../shared/contract';

declare global {
  interface Window {
    /** The answer as JSON text (see launch.ts). */
    __enalysisInvoke(channel: string, payload: unknown): Promise<string>;
    __enalysisEmit(event: EventName, payload: unknown): void;
  }
}

const listeners = new Map<EventName, Set<(payload: unknown) => void>>();

window.__enalysisEmit = (event, payload) => {
  for (const listener of listeners.get(event) ?? []) listener(payload);
};

const api = createEnalysisApi(
  async (channel, request) => JSON.parse(await window.__enalysisInvoke(channel, request)) as never,
  (event, listener) => {
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    set.add(listener);
    return () => set.delete(listener);
  },
);

Object.defineProperty(window, 'enalysis', { value: Object.freeze(api), writable: false });
