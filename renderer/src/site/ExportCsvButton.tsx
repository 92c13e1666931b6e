/** "Export CSV": exactly the series on screen (every point main sent, not the pixel-reduced one). */
import { csvFileName, seriesToCsv } from '../../../shared/csv';
import type { SiteSeries } from '../../../shared/domain';
import { Icon } from '../common/Icon';
import { downloadText } from './download';
import { t } from '../i18n/t';

/** The export button; disabled while there is no series. */
export function ExportCsvButton({
  siteName,
  timeZone,
  series,
}: {
  siteName: string;
  /** The site's zone: Day rows carry their instant with the offset in force then. */
  timeZone: string;
  series: SiteSeries | null;
}) {
  const onExport = () => {
    if (!series) return;
    downloadText(seriesToCsv(series, timeZone), csvFileName(siteName, series.range, series.anchor));
  };
  return (
    <button
      type="button"
      className="button"
      onClick={onExport}
      disabled={!series || series.points.length === 0}
      data-testid="export-csv"
    >
      <Icon name="download" size={15} />
      {t('site.exportCsv')}
    </button>
  );
}
