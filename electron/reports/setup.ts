/**
 * Builds the reports feature once for app and harness: money and CO2 settings, the portfolio
 * exporter, the reporter (PDF through the printer port) and the monthly-report timer, with the
 * handlers behind the `economics.*` and `reports.*` channels.
 */
import type { CacheStore, SiteRecord } from '../cache/types';
import type { Handlers } from '../ipc/dispatch';
import type { Words } from '../i18n/words';
import type { Clock, KeyValueStore, Logger, PdfPrinterPort, SaveFilePort } from '../ports';
import { createReportHandlers, type ReportChannels } from '../services/report-handlers';
import { EconomicsService } from './economics-store';
import { PortfolioExporter } from './exporter';
import { MonthlyReportSettingsStore } from './monthly-settings';
import { MonthlyReportTimer } from './monthly-timer';
import { Reporter } from './reporter';

/** What the feature needs from the core. */
export interface ReportingOptions {
  cache: CacheStore;
  store: KeyValueStore;
  clock: Clock;
  log: Logger;
  visibleSites: () => SiteRecord[];
  /** BCP 47; the currency until the user picks one. */
  locale: string;
  /** IANA zone whose calendar decides "the first of the month". */
  zone: string;
  saveFile?: SaveFilePort;
  printer?: PdfPrinterPort;
  /** The site's learned performance ratio (electron/insight's fleet watch). */
  ratioFor(site: SiteRecord): number;
  /** The user's language, for what documents say (Excel headers, the grid-factor source). */
  words: Words;
}

/** The running feature. */
export interface Reporting {
  handlers: Pick<Handlers, ReportChannels>;
  start(): void;
  stop(): void;
}

/** Builds the feature (call `start()` to arm the monthly timer). */
export function createReporting(options: ReportingOptions): Reporting {
  const { cache, clock, log, visibleSites, saveFile } = options;
  const economics = new EconomicsService(options.store, options.locale, log, options.words);
  const reporter = new Reporter({
    cache,
    economics,
    clock,
    visibleSites,
    printer: options.printer,
    saveFile,
    ratioFor: options.ratioFor,
  });
  const monthly = new MonthlyReportSettingsStore(options.store, log, saveFile);
  const timer = new MonthlyReportTimer({
    clock,
    zone: options.zone,
    timers: {
      set: (callback, ms) => setTimeout(callback, ms).unref(),
      clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    },
    settings: () => monthly.get(),
    markWritten: (month) => monthly.markWritten(month),
    log,
    write: async (month, folder) => {
      if (!saveFile) throw new Error('no save-file port');
      const { bytes, fileName } = await reporter.pdf({ scope: 'fleet', period: month });
      await saveFile.saveInto(folder, fileName, bytes);
    },
  });
  const handlers = createReportHandlers({
    cache,
    economics,
    visibleSites,
    exporter: new PortfolioExporter(cache, economics, saveFile, options.words),
    reporter,
    monthly,
    onMonthlyChanged: () => void timer.check(),
  });
  return { handlers, start: () => timer.start(), stop: () => timer.stop() };
}
