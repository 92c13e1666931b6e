/**
 * The print layout at `#/report?scope=…&period=…`: the report alone, light, A4. Main opens it in
 * a hidden window (the harness in a page) and prints it once `data-report-ready` is set.
 */
import { useEffect } from 'react';
import { enalysis } from '../api';
import { ErrorNotice } from '../common/ErrorNotice';
import { useInvoke } from '../hooks/useInvoke';
import { ReportDocument } from './ReportDocument';
import { t } from '../i18n/t';

/** The printable page. */
export function ReportPrintPage({ scope, period }: { scope: string; period: string }) {
  const report = useInvoke(`reports.get:${scope}:${period}`, () =>
    enalysis().reports.get({ scope, period }),
  );
  const done = report.value !== null || report.error !== null;
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('printing-report');
    // Two frames: React has committed and the browser has laid the charts out.
    let frame = 0;
    if (done)
      frame = requestAnimationFrame(() => {
        frame = requestAnimationFrame(() => (root.dataset.reportReady = 'true'));
      });
    return () => {
      cancelAnimationFrame(frame);
      root.classList.remove('printing-report');
      delete root.dataset.reportReady;
    };
  }, [done]);
  return (
    <main className="report-print">
      {report.error && <ErrorNotice error={report.error} title={t('reports.cannotMake')} />}
      {report.value && <ReportDocument report={report.value} />}
    </main>
  );
}
