/**
 * The current time, ticking so everything derived from it ("today", "now", stale marks,
 * "updated 3 min ago") stays true on screen while the window stays open, online or offline.
 */
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { minuteOf, msUntilNextTick } from '../model/clockTick';

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/**
 * Epoch seconds, re-rendering just after every wall-clock minute (which includes every site's
 * local midnight, see model/clockTick.ts) and whenever the window comes back into view: a
 * sleeping machine's timers lag, so waking must not wait for the next tick.
 */
export function useNow(): number {
  const [now, setNow] = useState(nowSeconds);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      timer = setTimeout(() => {
        setNow(nowSeconds());
        schedule();
      }, msUntilNextTick(Date.now()));
    };
    const wake = () => {
      clearTimeout(timer);
      setNow(nowSeconds());
      schedule();
    };
    schedule();
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', wake);
    };
  }, []);
  return now;
}

/**
 * Calls `onTick` each time the wall-clock minute of `now` (from useNow) moves on, not on mount:
 * data answered by main for an earlier instant ("today", current power, stale) is asked again.
 */
export function useMinuteTick(now: number, onTick: () => void): void {
  const minute = minuteOf(now * 1000);
  const fire = useEffectEvent(onTick);
  const seen = useRef(minute);
  useEffect(() => {
    if (seen.current === minute) return;
    seen.current = minute;
    fire();
  }, [minute]);
}
