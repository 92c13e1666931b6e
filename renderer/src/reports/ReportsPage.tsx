/** Reports: a PDF report for the fleet or a site, and the portfolio export as CSV or Excel. */
import { addDays, addMonths, startOfMonth } from '../../../shared/time';
import { Skeleton } from '../common/Skeleton';
import { usePortfolio } from '../state/portfolioContext';
import { ExportPanel } from './ExportPanel';
import { MonthlyPanel } from './MonthlyPanel';
import { ReportPanel } from './ReportPanel';
import { t } from '../i18n/t';

/** The page. */
export function ReportsPage() {
  const portfolio = usePortfolio().lastValue;
  const header = (
    <header className="page-header">
      <h1>{t('reports.title')}</h1>
      <p className="page-subtitle">{t('reports.subtitle')}</p>
    </header>
  );
  if (!portfolio) {
    return (
      <div className="page">
        {header}
        <section className="card card-body">
          <Skeleton height={220} />
        </section>
      </div>
    );
  }
  const sites = [...portfolio.rows]
    .map((row) => ({ id: row.site.id, name: row.site.name }))
    .sort((a, b) => a.name.localeCompare(b.name));
  const today = portfolio.rows.reduce((max, r) => (r.localDate > max ? r.localDate : max), '');
  const thisMonth = startOfMonth(today || new Date().toISOString().slice(0, 10));
  const lastMonthStart = addMonths(thisMonth, -1);
  return (
    <div className="page reports-page">
      {header}
      <ExportPanel sites={sites} from={lastMonthStart} to={addDays(thisMonth, -1)} />
      <ReportPanel sites={sites} lastMonth={lastMonthStart.slice(0, 7)} />
      <MonthlyPanel />
    </div>
  );
}
