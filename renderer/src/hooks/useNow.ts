/** The current time in epoch seconds, ticking so "updated 3 min ago" stays true on screen. */
import { useEffect, useState } from 'react';

function nowSeconds(): number {
  return Math.floor(Date.now() / 1000);
}

/** Epoch seconds, re-rendering every `everyMs` (30 s: minute-precision text never lags long). */
export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(nowSeconds);
  useEffect(() => {
    const timer = setInterval(() => setNow(nowSeconds()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
