/**
 * Checks for the Settings form's number fields, mirroring the settings schema so a person sees
 * the problem next to the field before main refuses it (main still validates everything).
 */
import { providerRefreshFloorMinutes } from '../../../shared/domain';

/** A parsed field: the value to save, or the message to show. */
export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

/** A whole number within [min, max], from what the user typed. */
export function parseWholeNumber(
  text: string,
  min: number,
  max: number,
  what: string,
): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: `Enter ${what}.` };
  if (!/^\d+$/.test(trimmed))
    return { ok: false, message: `${capitalise(what)} must be a whole number.` };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return { ok: false, message: `${capitalise(what)} must be between ${min} and ${max}.` };
  }
  return { ok: true, value };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Minutes between refreshes of one site: 1 to 1440 (a day). */
export function parseRefreshFloor(text: string): FieldResult {
  return parseWholeNumber(text, 1, 24 * 60, 'the refresh interval in minutes');
}

/** Seconds each kiosk slide stays on screen: 5 to 600. */
export function parseKioskSeconds(text: string): FieldResult {
  return parseWholeNumber(text, 5, 600, 'the seconds per kiosk slide');
}

/**
 * The hint under the refresh field: what the one setting does for every kind of site. Demo
 * sites follow it exactly; connected providers never go below their floor (and may wait longer
 * when their quota needs it), which the status bar then states per provider.
 */
export function refreshFloorNote(minutes: number): string {
  const every = minutes === 1 ? 'every minute' : `every ${minutes} min`;
  return minutes < providerRefreshFloorMinutes
    ? `Demo sites refresh ${every}. Connected accounts refresh at most every ${providerRefreshFloorMinutes} min: provider quotas allow no more.`
    : `Every site refreshes at most ${every}; connected accounts may wait longer when their quota needs it.`;
}
