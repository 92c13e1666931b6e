/** Subscribes a component to one pushed event for as long as it is mounted. */
import { useEffect, useEffectEvent } from 'react';
import type { EventName, EventPayload } from '../../../shared/contract';
import { hasBridge, enalysis } from '../api';

/** Calls `listener` with every `event` payload; always the latest listener, one subscription. */
export function useEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
): void {
  const onEvent = useEffectEvent(listener);
  useEffect(() => {
    if (!hasBridge()) return;
    return enalysis().on(event, (payload) => onEvent(payload));
  }, [event]);
}

/**
 * Like useEvent, but coalesces a burst (a sync pass updates many sites at once) into one call
 * `delayMs` after the last event, so a page re-fetches once instead of once per site.
 */
export function useDebouncedEvent<E extends EventName>(
  event: E,
  listener: (payload: EventPayload<E>) => void,
  delayMs = 250,
): void {
  const onFire = useEffectEvent(listener);
  useEffect(() => {
    if (!hasBridge()) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = enalysis().on(event, (payload) => {
      clearTimeout(timer);
      timer = setTimeout(() => onFire(payload), delayMs);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [event, delayMs]);
}
