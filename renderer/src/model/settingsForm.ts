/**
 * Checks for the Settings form's number fields, mirroring the settings schema so a person sees
 * the problem next to the field before main refuses it (main still validates everything).
 */
import { providerRefreshFloorMinutes } from '../../../shared/limits';
import { t, type MessageKey } from '../i18n/t';

/** A parsed field: the value to save, or the message to show. */
export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

/** A whole number within [min, max], from what the user typed. */
export function parseWholeNumber(
  text: string,
  min: number,
  max: number,
  what: { phrase: MessageKey; title: MessageKey },
): FieldResult {
  const trimmed = text.trim();
  if (trimmed === '')
    return { ok: false, message: t('settings.enterValue', { what: t(what.phrase) }) };
  if (!/^\d+$/.test(trimmed))
    return { ok: false, message: t('settings.wholeNumber', { what: t(what.title) }) };
  const value = Number(trimmed);
  if (value < min || value > max) {
    return { ok: false, message: t('settings.between', { what: t(what.title), min, max }) };
  }
  return { ok: true, value };
}

/** Minutes between refreshes of one site: 1 to 1440 (a day). */
export function parseRefreshFloor(text: string): FieldResult {
  return parseWholeNumber(text, 1, 24 * 60, {
    phrase: 'settings.refreshWhat',
    title: 'settings.refreshWhatTitle',
  });
}

/** Seconds each kiosk slide stays on screen: 5 to 600. */
export function parseKioskSeconds(text: string): FieldResult {
  return parseWholeNumber(text, 5, 600, {
    phrase: 'settings.kioskWhat',
    title: 'settings.kioskWhatTitle',
  });
}

/**
 * The hint under the refresh field: what the one setting does for every kind of site. Demo
 * sites follow it exactly; connected providers never go below their floor (and may wait longer
 * when their quota needs it), which the status bar then states per provider.
 */
export function refreshFloorNote(minutes: number): string {
  const every = t('settings.every', { minutes });
  return minutes < providerRefreshFloorMinutes
    ? t('settings.refreshNoteDemo', { every, floor: providerRefreshFloorMinutes })
    : t('settings.refreshNote', { every });
}
