/**
 * The harness twin of electron/platform/print-to-pdf.ts: opens the app's print route in a new
 * page of the app's own browser context (so the bridge and its origin check are the same), waits
 * for the layout to say it is ready, and prints with Chromium's page.pdf().
 */
import type { BrowserContext } from 'playwright-core';
import type { PdfPrinterPort } from '../../electron/ports';

/** Prints through Playwright; `attach` once the browser context exists. */
export class PlaywrightPdfPrinter implements PdfPrinterPort {
  private target: { context: BrowserContext; origin: string } | null = null;

  /** Where to print from: the app's context and its renderer origin. */
  attach(context: BrowserContext, origin: string): void {
    this.target = { context, origin };
  }

  async print(hashRoute: string): Promise<Uint8Array> {
    if (!this.target) throw new Error('The printer has no browser to print with yet.');
    const { context, origin } = this.target;
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/${hashRoute}`);
      await page.waitForSelector('html[data-report-ready="true"]', { timeout: 30_000 });
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
      return new Uint8Array(pdf);
    } finally {
      await page.close();
    }
  }
}
