/**
 * When the app looks for updates: never in development, never without a feed, at start and
 * then every six hours. Pure, so the rules are table tests.
 */
import type { FeedChoice } from './feed';

/** How often a running app asks the feed again (a release a day is reached within hours). */
export const UPDATE_CHECK_INTERVAL_MS = 6 * 60 * 60 * 1000;

/** Whether the updater runs (with which feed), and why not. */
export type UpdateMode =
  { on: true; feed: Extract<FeedChoice, { kind: 'on' }> } | { on: false; reason: string };

/** Development runs (not packaged) never update themselves; packaged ones need a feed. */
export function updateModeOf(options: { isPackaged: boolean; feed: FeedChoice }): UpdateMode {
  if (!options.isPackaged) return { on: false, reason: 'development build' };
  if (options.feed.kind === 'off') return { on: false, reason: options.feed.reason };
  return { on: true, feed: options.feed };
}
