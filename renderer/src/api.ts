/**
 * The renderer's only door to the app: `window.enalysis`, built by the preload (or the test
 * harness) from shared/contract.ts. Declared here once so every call is typed from the contract.
 */
import type { EnalysisApi } from '../../shared/bridge';
import type { IpcError, IpcResult } from '../../shared/contract';

declare global {
  interface Window {
    /** Exposed by the preload through contextBridge; absent when the page is opened elsewhere. */
    enalysis?: EnalysisApi;
  }
}

/** Thrown when the page runs without the preload bridge (opened in a plain browser tab). */
export class BridgeMissingError extends Error {
  override readonly name = 'BridgeMissingError';
  constructor() {
    super('The Enalysis app bridge is not available. Open this page from the Enalysis app.');
  }
}

/** The bridge, or a BridgeMissingError when the page runs outside the app. */
export function enalysis(): EnalysisApi {
  const api = window.enalysis;
  if (!api) throw new BridgeMissingError();
  return api;
}

/** True when the bridge exists, so the shell can explain instead of crashing. */
export function hasBridge(): boolean {
  return window.enalysis !== undefined;
}

/**
 * Turns anything a call can do into an IpcResult: the bridge promises never to reject, but a
 * missing bridge or a broken transport must still end up in the one ErrorNotice, not a blank page.
 */
export async function settle<T>(call: () => Promise<IpcResult<T>>): Promise<IpcResult<T>> {
  try {
    return await call();
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : String(cause);
    const error: IpcError = { code: 'internal', message };
    return { ok: false, error };
  }
}
