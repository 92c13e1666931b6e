/**
 * The fleet's alert state in one word (for the tray icon and the sidebar badge): the worst open
 * alert nobody has acknowledged, snoozed or muted. Pure.
 */
import type { AlertSilence, FleetAlertState } from '../../shared/alerts';
import type { StoredAlert } from '../cache/alerts';
import { isSilenced } from './evaluator';

/** See the module comment. */
export function fleetState(
  open: readonly StoredAlert[],
  silences: readonly AlertSilence[],
  now: number,
): FleetAlertState {
  const unseen = open.filter(
    (a) => a.acknowledgedAt === null && !isSilenced(silences, a.subject, a.rule, now),
  );
  const state = unseen.some((a) => a.severity === 'fault')
    ? 'fault'
    : unseen.some((a) => a.severity === 'warning')
      ? 'warning'
      : 'fine';
  return { state, unseen: unseen.length, open: open.length };
}
