/**
 * Whether the demo fleet is shown, why, and how often it refreshes: one owner for these facts,
 * so Settings, the status bar and the scheduler cannot disagree ("Demo mode: Off" beside the
 * DEMO banner, "refresh interval 15 min" beside "refreshed every minute").
 */
import type { AppInfo, Settings } from '../../shared/domain';

/** Why the demo fleet is on screen, or null when it is not. */
export type DemoReason = AppInfo['demoReason'];

/** The reason the demo fleet shows: started with --demo, the setting, or no account yet. */
export function demoReasonOf(input: {
  forced: boolean;
  setting: boolean;
  hasConnections: boolean;
}): DemoReason {
  if (input.forced) return 'forced';
  if (input.setting) return 'setting';
  return input.hasConnections ? null : 'no_connections';
}

/**
 * The demo fleet's refresh interval (s): exactly the user's refresh interval. It has no quota,
 * so the floor that protects providers' quotas does not raise it, but the setting applies.
 */
export function demoRefreshSeconds(settings: Pick<Settings, 'refreshFloorMinutes'>): number {
  return settings.refreshFloorMinutes * 60;
}
