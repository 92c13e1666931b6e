/**
 * Reports on demand: the numbers for the print layout (`reports.get`), and the PDF of that
 * layout written through the save-file port (`reports.savePdf`) or into the monthly folder.
 */
import type { Report, ReportRequest } from '../../shared/report';
import { isLocalDate } from '../../shared/time';
import type { CacheStore, SiteRecord } from '../cache/types';
import { InvalidRequestError, NotFoundError, UnavailableError } from '../errors';
import type { Clock, PdfPrinterPort, SaveFilePort } from '../ports';
import type { EconomicsService } from './economics-store';
import { reportFileName } from './file-names';
import { buildReport, periodDates } from './report-builder';

/** The print route of a report: what the hidden window (or harness page) opens. */
export function reportRoute(request: ReportRequest): string {
  const params = new URLSearchParams({ scope: request.scope, period: request.period });
  return `#/report?${params.toString()}`;
}

/** What the reporter needs. */
export interface ReporterDeps {
  cache: CacheStore;
  economics: EconomicsService;
  clock: Clock;
  visibleSites: () => SiteRecord[];
  printer?: PdfPrinterPort;
  saveFile?: SaveFilePort;
  /** The site's learned performance ratio (electron/insight). */
  ratioFor(site: SiteRecord): number;
}

/** Builds reports and their PDFs. */
export class Reporter {
  constructor(private readonly deps: ReporterDeps) {}

  /** The report's numbers; refuses unknown sites and periods that have not started. */
  get(request: ReportRequest): Report {
    const { cache, economics, clock } = this.deps;
    const { from } = periodDates(request.period);
    if (!isLocalDate(from))
      throw new InvalidRequestError({
        key: 'error.reports.notAPeriod',
        params: { period: request.period },
      });
    const visible = this.deps.visibleSites();
    const sites =
      request.scope === 'fleet' ? visible : visible.filter((site) => site.id === request.scope);
    if (request.scope !== 'fleet' && sites.length === 0) {
      throw new NotFoundError({ key: 'error.siteGone' });
    }
    const settings = economics.settings();
    return buildReport(cache, {
      sites,
      scope:
        request.scope === 'fleet'
          ? { kind: 'fleet' }
          : { kind: 'site', siteId: sites[0]!.id, name: sites[0]!.name },
      period: request.period,
      now: clock.now(),
      economics: settings,
      currency: economics.currency(settings),
      factorSource: economics.factorSource(),
      ratioFor: (site) => this.deps.ratioFor(site),
    });
  }

  /** The PDF's bytes and its file name. */
  async pdf(
    request: ReportRequest,
  ): Promise<{ bytes: Uint8Array; fileName: string; sites: number }> {
    const report = this.get(request);
    if (!this.deps.printer) throw new UnavailableError({ key: 'error.reports.noPrinting' });
    const bytes = await this.deps.printer.print(reportRoute(request));
    const name = report.scope.kind === 'site' ? report.scope.name : null;
    return { bytes, fileName: reportFileName(name, request.period), sites: report.sites.length };
  }

  /** Prints the report and saves it where the person chooses; null when they cancel. */
  async savePdf(request: ReportRequest): Promise<{ fileName: string | null; rows: number }> {
    if (!this.deps.saveFile) throw new UnavailableError({ key: 'error.reports.noSaving' });
    const { bytes, fileName, sites } = await this.pdf(request);
    return { fileName: await this.deps.saveFile.save(fileName, 'pdf', bytes), rows: sites };
  }
}
