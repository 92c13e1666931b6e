/**
 * Applies the language and format locale (Settings choice, else the OS) before the app renders,
 * marks `<html lang>` for screen readers and axe, and remounts the tree when the choice changes
 * so every text and number is rendered again in the new language.
 */
import { Fragment, useLayoutEffect, type ReactNode } from 'react';
import { useAppState } from '../state/appContext';
import { resolveLocale } from '../../../shared/locale';
import { setLocale } from './t';

/** What the browser says, for the moments before app.info answers (and for a start-up error). */
function browserLocale() {
  const languages = [...navigator.languages];
  return { languages, formats: languages[0] ?? 'en-US' };
}

/** Wraps the app; renders nothing until settings and app info have said which language to use. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const { info, settings, startupError } = useAppState();
  const resolved = resolveLocale(
    settings?.language ?? 'system',
    info?.systemLocale ?? browserLocale(),
  );
  // Set during render (idempotent) so the children below render in this language already.
  setLocale(resolved);
  useLayoutEffect(() => {
    document.documentElement.lang = resolved.language;
  }, [resolved.language]);
  if (!startupError && (!info || !settings)) return null;
  return <Fragment key={`${resolved.language}|${resolved.formats}`}>{children}</Fragment>;
}
