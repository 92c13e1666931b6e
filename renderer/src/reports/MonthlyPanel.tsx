/** Reports page, third card: write last month's fleet report into a folder on the 1st. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import type { MonthlyReportSettings } from '../../../shared/report';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { useInvoke } from '../hooks/useInvoke';
import { Field } from '../settings/Field';

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
        <h2>Monthly report</h2>
        <span className="hint">On the 1st, last month’s fleet report as a PDF</span>
      </div>
      <div className="settings-list">
        <Field label="Folder" hint={current.folder ?? 'No folder chosen yet.'}>
          <button
            type="button"
            className="button"
            onClick={() => void apply(() => enalysis().reports.chooseMonthlyFolder())}
            data-testid="monthly-folder"
          >
            Choose folder…
          </button>
        </Field>
        <Field
          label="Write monthly"
          hint={
            current.lastWritten
              ? `Last written: ${current.lastWritten}. Missed months are written when the app next runs.`
              : 'Missed months are written when the app next runs.'
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
            <span>{current.enabled ? 'On' : 'Off'}</span>
          </label>
        </Field>
      </div>
      {error && <ErrorNotice error={error} title="The setting was not saved" />}
    </section>
  );
}
