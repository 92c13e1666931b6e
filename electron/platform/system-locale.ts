/**
 * The operating system's locale from Electron: the preferred UI languages (for the app's
 * language) and the regional format locale (for numbers and dates), which may differ: an English
 * UI with German number formats is common in Europe.
 */
import { app } from 'electron';
import type { SystemLocale } from '../../shared/domain';

/** Reads the OS locale; falls back to Chromium's UI locale where the OS gives nothing. */
export function readSystemLocale(): SystemLocale {
  const fallback = app.getLocale() || 'en-US';
  const languages = app.getPreferredSystemLanguages().filter((tag) => tag.length > 0);
  return {
    languages: languages.length > 0 ? languages : [fallback],
    formats: app.getSystemLocale() || fallback,
  };
}
