/** Reports page, third card: write last month's fleet report into a folder on the 1st. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { MonthlyReportSettings } from '../../../shared/report';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { useInvoke } from '../hooks/useInvoke';
import { Field } from '../settings/Field';
import { t } from '../i18n/t';

/** The card. */
export function MonthlyPanel() {
  const loaded = useInvoke('reports.monthly', () => enalysis().reports.monthly());
  const [value, setValue] = useState<MonthlyReportSettings | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const current = value ?? loaded.value;
  const apply = async (
    call: () => ReturnType<ReturnType<typeof enalysis>['reports']['monthly']>,
  ) => {
    const result = await settle(call);
    setError(result.ok ? null : result.error);
    if (result.ok) setValue(result.value);
  };
  if (!current) return null;
  return (
    <section className="card" data-testid="monthly-panel">
      <div className="card-header">
        <h2>{t('monthly.title')}</h2>
        <span className="hint">{t('monthly.hint')}</span>
      </div>
      <div className="settings-list">
        <Field label={t('monthly.folder')} hint={current.folder ?? t('monthly.noFolder')}>
          <button
            type="button"
            className="button"
            onClick={() => void apply(() => enalysis().reports.chooseMonthlyFolder())}
            data-testid="monthly-folder"
          >
            {t('monthly.choose')}
          </button>
        </Field>
        <Field
          label={t('monthly.write')}
          hint={
            current.lastWritten
              ? t('monthly.lastWritten', { month: current.lastWritten })
              : t('monthly.missed')
          }
          htmlFor="monthly-enabled"
        >
          <label className="switch">
            <input
              id="monthly-enabled"
              type="checkbox"
              role="switch"
              checked={current.enabled}
              disabled={current.folder === null}
              data-testid="monthly-enabled"
              onChange={(e) => {
                const enabled = e.target.checked;
                void apply(() => enalysis().reports.setMonthly({ enabled }));
              }}
            />
            <span className="switch-track" aria-hidden="true" />
            <span>{current.enabled ? t('settings.on') : t('settings.off')}</span>
          </label>
        </Field>
      </div>
      {error && <ErrorNotice error={error} title={t('settings.notSaved')} />}
    </section>
  );
}
