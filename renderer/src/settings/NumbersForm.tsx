/** The number settings (refresh floor, kiosk seconds): typed freely, checked, saved together. */
import { FormActions } from './FormActions';
import { useState, type FormEvent } from 'react';
import type { IpcResult } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';
import { parseKioskSeconds, parseRefreshFloor, refreshFloorNote } from '../model/settingsForm';
import { Field } from './Field';
import { t } from '../i18n/t';

interface Draft {
  refresh: string;
  kiosk: string;
}

/** The form; `save` returns main's answer so refused values show main's message. */
export function NumbersForm({
  settings,
  save,
}: {
  settings: Settings;
  save: (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;
}) {
  // null: untouched, so the fields follow the stored settings (also when changed elsewhere).
  const [draft, setDraft] = useState<Draft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  const current: Draft = draft ?? {
    refresh: String(settings.refreshFloorMinutes),
    kiosk: String(settings.kioskSeconds),
  };
  const refresh = parseRefreshFloor(current.refresh);
  const kiosk = parseKioskSeconds(current.kiosk);
  const edit = (patch: Partial<Draft>) => {
    setDraft({ ...current, ...patch });
    setSaved(false);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!refresh.ok || !kiosk.ok) return;
    const result = await save({ refreshFloorMinutes: refresh.value, kioskSeconds: kiosk.value });
    if (result.ok) {
      setDraft(null);
      setSubmitted(false);
      setSaved(true);
    }
  };

  const show = (r: typeof refresh) => (submitted && !r.ok ? r.message : null);
  const note = refresh.ok ? refreshFloorNote(refresh.value) : null;
  return (
    <form className="numbers-form" onSubmit={(e) => void onSubmit(e)} noValidate>
      <Field
        label={t('settings.refresh')}
        hint={note ?? t('settings.refreshHint')}
        htmlFor="refresh-floor"
        message={show(refresh)}
      >
        <span className="input-with-unit">
          <input
            id="refresh-floor"
            className="input num"
            inputMode="numeric"
            value={current.refresh}
            aria-invalid={!!show(refresh)}
            data-testid="setting-refresh-floor"
            onChange={(e) => edit({ refresh: e.target.value })}
          />
          <span className="muted">{t('settings.minutesUnit')}</span>
        </span>
      </Field>
      <Field
        label={t('settings.kiosk')}
        hint={t('settings.kioskHint')}
        htmlFor="kiosk-seconds"
        message={show(kiosk)}
      >
        <span className="input-with-unit">
          <input
            id="kiosk-seconds"
            className="input num"
            inputMode="numeric"
            value={current.kiosk}
            aria-invalid={!!show(kiosk)}
            data-testid="setting-kiosk-seconds"
            onChange={(e) => edit({ kiosk: e.target.value })}
          />
          <span className="muted">{t('settings.secondsUnit')}</span>
        </span>
      </Field>
      <FormActions
        saved={saved}
        draft={draft !== null}
        onDiscard={() => setDraft(null)}
        testId="settings-save"
      />
    </form>
  );
}
