/**
 * Checks for the Settings form's number fields, mirroring the settings schema so a person sees
 * the problem next to the field before main refuses it (main still validates everything).
 */

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

/** Real providers' quotas do not allow polling more often than this. */
export const REAL_PROVIDER_FLOOR_MINUTES = 15;

/** The note under the refresh field, or null when the value is fine for every provider. */
export function refreshFloorNote(minutes: number): string | null {
  return minutes < REAL_PROVIDER_FLOOR_MINUTES
    ? `Connected accounts are still refreshed at most every ${REAL_PROVIDER_FLOOR_MINUTES} minutes: provider quotas allow no more. Shorter intervals apply to demo sites only.`
    : null;
}
