/** Reports page, first card: pick fleet or a site and a month or a year, preview it, save it as PDF. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import { enalysis, settle } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { MonthField } from '../common/CalendarFields';
import { Icon } from '../common/Icon';
import { useInvoke } from '../hooks/useInvoke';
import { Choice, Field } from '../settings/Field';
import { ReportDocument } from './ReportDocument';
import type { SiteChoice } from './SitePicker';
import { t } from '../i18n/t';

/** The report card; `lastMonth` (`YYYY-MM`) is the default period. */
export function ReportPanel({ sites, lastMonth }: { sites: SiteChoice[]; lastMonth: string }) {
  const [scope, setScope] = useState('fleet');
  const [kind, setKind] = useState<'month' | 'year'>('month');
  const [month, setMonth] = useState(lastMonth);
  const [year, setYear] = useState(lastMonth.slice(0, 4));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  const period = kind === 'month' ? month : year;
  const valid = kind === 'month' ? /^\d{4}-\d{2}$/.test(month) : /^\d{4}$/.test(year);
  const preview = useInvoke(valid ? `reports.get:${scope}:${period}` : null, () =>
    enalysis().reports.get({ scope, period }),
  );

  const savePdf = async () => {
    setBusy(true);
    setStatus(null);
    const result = await settle(() => enalysis().reports.savePdf({ scope, period }));
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) {
      setStatus(
        result.value.fileName
          ? t('report.saved', { file: result.value.fileName })
          : t('export.notSavedShort'),
      );
    }
  };

  return (
    <section className="card" data-testid="report-panel">
      <div className="card-header">
        <h2>{t('report.panel')}</h2>
        <span className="hint">{t('report.panelHint')}</span>
      </div>
      <div className="settings-list">
        <Field label={t('report.for')} htmlFor="report-scope">
          <select
            id="report-scope"
            className="input"
            value={scope}
            data-testid="report-scope"
            onChange={(e) => setScope(e.target.value)}
          >
            <option value="fleet">{t('report.fleet')}</option>
            {sites.map((site) => (
              <option key={site.id} value={site.id}>
                {site.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('report.period')} htmlFor={kind === 'year' ? 'report-period' : undefined}>
          <div className="report-period">
            <Choice
              name="report-kind"
              label={t('report.kind')}
              options={[
                { value: 'month', label: t('report.month') },
                { value: 'year', label: t('report.year') },
              ]}
              value={kind}
              onChange={setKind}
            />
            {kind === 'month' ? (
              <MonthField
                label={t('report.period')}
                value={month}
                onChange={setMonth}
                testId="report-month"
              />
            ) : (
              <input
                id="report-period"
                className="input num"
                inputMode="numeric"
                value={year}
                maxLength={4}
                data-testid="report-year"
                onChange={(e) => setYear(e.target.value)}
              />
            )}
          </div>
        </Field>
        <div className="form-actions">
          {status && (
            <span className="muted" data-testid="report-status">
              {status}
            </span>
          )}
          <button
            type="button"
            className="button primary"
            disabled={!valid || busy || preview.value === null}
            onClick={() => void savePdf()}
            data-testid="report-save-pdf"
          >
            <Icon name="download" size={15} />
            {busy ? t('report.saving') : t('report.savePdf')}
          </button>
        </div>
      </div>
      {error && <ErrorNotice error={error} title={t('report.notSaved')} />}
      {preview.error && <ErrorNotice error={preview.error} />}
      {preview.value && (
        <div className="report-preview" data-testid="report-preview">
          <ReportDocument report={preview.value} />
        </div>
      )}
    </section>
  );
}
