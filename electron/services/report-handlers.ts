/**
 * The handlers behind money and CO2 (`economics.*`) and exports and reports (`reports.*`): thin,
 * like every handler. They live apart
 * from handlers.ts so the report and export features have one owner.
 */
import type { InvokeChannel } from '../../shared/contract';
import type { CacheStore, SiteRecord } from '../cache/types';
import { NotFoundError } from '../errors';
import type { Handlers } from '../ipc/dispatch';
import type { PortfolioExporter } from '../reports/exporter';
import type { Reporter } from '../reports/reporter';
import type { EconomicsService } from '../reports/economics-store';
import type { MonthlyReportSettingsStore } from '../reports/monthly-settings';

/** The channels this module answers. */
export type ReportChannels = Extract<InvokeChannel, `economics.${string}` | `reports.${string}`>;

/** What the report handlers need. */
export interface ReportHandlerDeps {
  cache: CacheStore;
  economics: EconomicsService;
  exporter: PortfolioExporter;
  reporter: Reporter;
  monthly: MonthlyReportSettingsStore;
  /** Called after the monthly setting changed, so a due report is written now. */
  onMonthlyChanged: () => void;
  /** The sites the portfolio shows (the demo fleet only while it is shown). */
  visibleSites: () => SiteRecord[];
}

/** Picks the visible sites with these ids (all visible ones for null); unknown ids are refused. */
export function chooseSites(visible: SiteRecord[], ids: readonly string[] | null): SiteRecord[] {
  if (ids === null) return visible;
  const byId = new Map(visible.map((site) => [site.id, site]));
  return [...new Set(ids)].map((id) => {
    const site = byId.get(id);
    if (!site) throw new NotFoundError({ key: 'error.chosenSiteGone' });
    return site;
  });
}

/** Builds the report handlers. */
export function createReportHandlers(deps: ReportHandlerDeps): Pick<Handlers, ReportChannels> {
  const { cache, economics } = deps;
  return {
    'economics.get': () => economics.view(),
    'economics.update': (patch) => economics.update(patch),
    'economics.setSite': (request) => economics.setSite(request, cache.getSite(request.siteId)),
    'economics.value': ({ siteIds, from, to }) =>
      economics.value(cache, chooseSites(deps.visibleSites(), siteIds), from, to),
    'reports.export': ({ siteIds, ...request }) =>
      deps.exporter.export(chooseSites(deps.visibleSites(), siteIds), request),
    'reports.get': (request) => deps.reporter.get(request),
    'reports.savePdf': (request) => deps.reporter.savePdf(request),
    'reports.monthly': () => deps.monthly.get(),
    'reports.setMonthly': ({ enabled }) => {
      const value = deps.monthly.setEnabled(enabled);
      deps.onMonthlyChanged();
      return value;
    },
    'reports.chooseMonthlyFolder': async () => {
      const value = await deps.monthly.chooseFolder();
      deps.onMonthlyChanged();
      return value;
    },
  };
}
