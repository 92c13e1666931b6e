/**
 * `enalysis://` deep links (the system-browser sign-in brings its result back through one).
 * Pure helpers: which argument is a deep link, and how to mention one in a log without its query
 * (an OAuth `code` or `state` must never reach a log file).
 */

/** The URL scheme the app registers with the OS. */
export const DEEP_LINK_SCHEME = 'enalysis';

/** Parses a deep link, or null when `raw` is not an `enalysis://` URL. */
export function parseDeepLink(raw: string): URL | null {
  if (!raw.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) return null;
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** The deep link among a process's arguments (Windows and Linux pass it on the command line). */
export function deepLinkFromArgv(argv: readonly string[]): URL | null {
  for (const arg of argv) {
    const link = parseDeepLink(arg);
    if (link) return link;
  }
  return null;
}

/** Scheme, host and path only: safe to log. */
export function describeDeepLink(link: URL): string {
  return `${link.protocol}//${link.host}${link.pathname}`;
}
