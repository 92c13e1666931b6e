/** Reports page, second card: chosen sites and dates as a CSV or an Excel workbook. */
import { useState } from 'react';
import type { IpcError } from '../../../shared/contract';
import { isLocalDate } from '../../../shared/time';
import { enalysis, settle } from '../api';
import { DateField } from '../common/CalendarFields';
import { ErrorNotice } from '../common/ErrorNotice';
import { Icon } from '../common/Icon';
import { Choice, Field } from '../settings/Field';
import { SitePicker, type SiteChoice } from './SitePicker';
import { t } from '../i18n/t';

/** The export card; the dates default to `from`–`to`. */
export function ExportPanel({
  sites,
  from: firstFrom,
  to: firstTo,
}: {
  sites: SiteChoice[];
  from: string;
  to: string;
}) {
  const [chosen, setChosen] = useState<Set<string> | null>(null);
  const [from, setFrom] = useState(firstFrom);
  const [to, setTo] = useState(firstTo);
  const [granularity, setGranularity] = useState<'day' | 'month'>('day');
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<IpcError | null>(null);
  const [busy, setBusy] = useState(false);
  // A date field that already says what is wrong ("no 31 February") is not told again below.
  const [fromWrong, setFromWrong] = useState(false);
  const [toWrong, setToWrong] = useState(false);
  const problem =
    !isLocalDate(from) || !isLocalDate(to)
      ? t('export.enterDates')
      : from > to
        ? t('export.order')
        : chosen !== null && chosen.size === 0
          ? t('export.chooseSite')
          : null;

  const run = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    setStatus(null);
    const siteIds = chosen === null ? null : [...chosen];
    const result = await settle(() =>
      enalysis().reports.export({ siteIds, from, to, granularity, format }),
    );
    setBusy(false);
    setError(result.ok ? null : result.error);
    if (result.ok) {
      const { fileName, rows } = result.value;
      setStatus(fileName ? t('export.saved', { file: fileName, rows }) : t('export.notSavedShort'));
    }
  };

  return (
    <section className="card" data-testid="export-panel">
      <div className="card-header">
        <h2>{t('export.title')}</h2>
        <span className="hint">{t('export.hint')}</span>
      </div>
      <div className="settings-list">
        <Field label={t('export.sites')}>
          <SitePicker sites={sites} chosen={chosen} onChange={setChosen} />
        </Field>
        <Field
          label={t('export.dates')}
          hint={t('export.datesHint')}
          message={fromWrong || toWrong ? null : problem}
        >
          <div className="report-period">
            <DateField
              label={t('export.firstDay')}
              value={from}
              onChange={setFrom}
              onProblemChange={setFromWrong}
              testId="export-from"
            />
            <span className="muted">{t('export.to')}</span>
            <DateField
              label={t('export.lastDay')}
              value={to}
              onChange={setTo}
              onProblemChange={setToWrong}
              testId="export-to"
            />
          </div>
        </Field>
        <Field label={t('export.rows')}>
          <Choice
            name="export-granularity"
            label={t('export.rows')}
            options={[
              { value: 'day', label: t('export.perDay') },
              { value: 'month', label: t('export.perMonth') },
            ]}
            value={granularity}
            onChange={setGranularity}
          />
        </Field>
        <p className="field-hint export-note" data-testid="export-note">
          {t('export.formatsNote')}
        </p>
        <div className="form-actions">
          {status && (
            <span className="muted" data-testid="export-status">
              {status}
            </span>
          )}
          <button
            type="button"
            className="button"
            disabled={!!problem || busy}
            onClick={() => void run('csv')}
            data-testid="export-csv-file"
          >
            <Icon name="download" size={15} />
            {t('export.csv')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={!!problem || busy}
            onClick={() => void run('xlsx')}
            data-testid="export-xlsx"
          >
            <Icon name="download" size={15} />
            {t('export.excel')}
          </button>
        </div>
      </div>
      {error && <ErrorNotice error={error} title={t('export.notSaved')} />}
    </section>
  );
}
