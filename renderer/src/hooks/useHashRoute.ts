/** The current hash route, re-rendering on navigation (no router dependency needed). */
import { useSyncExternalStore } from 'react';
import { parseRoute, type Route } from '../model/route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function snapshot(): string {
  return window.location.hash;
}

/** The parsed route of `location.hash`. */
export function useHashRoute(): Route {
  return parseRoute(useSyncExternalStore(subscribe, snapshot));
}

/** Navigates by hash, so the back button and reloads keep working. */
export function navigate(href: string): void {
  if (window.location.hash !== href) window.location.hash = href;
}
