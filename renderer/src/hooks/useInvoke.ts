/** Loads one IPC call's answer into a component, keeping the last good value while it reloads. */
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { IpcError, IpcResult } from '../../../shared/contract';
import { settle } from '../api';

/** What a page renders from: a value, an error, or neither yet. */
export interface InvokeState<T> {
  /** The answer for the CURRENT key, or null while it loads or after an error. */
  value: T | null;
  /** The latest answer for any key: lets a chart stay on screen (dimmed) while the next loads. */
  lastValue: T | null;
  error: IpcError | null;
  /** True until the current key has answered once. */
  loading: boolean;
  /** Asks again with the same key (after a `data-updated` event, a retry button). */
  reload: () => void;
}

interface Loaded<T> {
  key: string;
  value: T | null;
  error: IpcError | null;
}

/**
 * Runs `call` whenever `key` changes (null: do nothing) or `reload()` is called. A reload with
 * the same key keeps the old value on screen until the new one arrives, so nothing flickers;
 * answers that arrive after the key moved on are dropped.
 */
export function useInvoke<T>(
  key: string | null,
  call: () => Promise<IpcResult<T>>,
): InvokeState<T> {
  const [loaded, setLoaded] = useState<Loaded<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const run = useEffectEvent(() => settle(call));

  useEffect(() => {
    if (key === null) return;
    let live = true;
    void run().then((result) => {
      if (!live) return;
      setLoaded((previous) =>
        result.ok
          ? { key, value: result.value, error: null }
          : // A failed refresh keeps the value already shown for this key, beside the error.
            { key, value: previous?.key === key ? previous.value : null, error: result.error },
      );
    });
    return () => {
      live = false;
    };
  }, [key, generation]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const current = loaded !== null && loaded.key === key ? loaded : null;
  return {
    value: current?.value ?? null,
    lastValue: loaded?.value ?? null,
    error: current?.error ?? null,
    loading: key !== null && current === null,
    reload,
  };
}
