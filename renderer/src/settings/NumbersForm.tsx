/** The number settings (refresh floor, kiosk seconds): typed freely, checked, saved together. */
import { FormActions } from './FormActions';
import type { FormEvent } from 'react';
import { useSettingsDraft } from './useSettingsDraft';
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
  // Untouched, the fields follow the stored settings (also when changed elsewhere).
  const form = useSettingsDraft<Draft>(save);
  const current: Draft = form.draft ?? {
    refresh: String(settings.refreshFloorMinutes),
    kiosk: String(settings.kioskSeconds),
  };
  const refresh = parseRefreshFloor(current.refresh);
  const kiosk = parseKioskSeconds(current.kiosk);
  const edit = (patch: Partial<Draft>) => form.edit({ ...current, ...patch });
  const onSubmit = (event: FormEvent) =>
    form.submit(
      event,
      refresh.ok && kiosk.ok
        ? { refreshFloorMinutes: refresh.value, kioskSeconds: kiosk.value }
        : null,
    );

  const show = (r: typeof refresh) => (form.submitted && !r.ok ? r.message : null);
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
        saved={form.saved}
        draft={form.draft !== null}
        onDiscard={form.discard}
        testId="settings-save"
      />
    </form>
  );
}
