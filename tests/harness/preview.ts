/**
 * `npm run preview`: opens the real app (core + renderer) in Chromium for a person to look at.
 * With a display it opens a window and runs until closed; without one it runs headless, saves
 * screenshots of the portfolio and a site page, prints their paths and exits.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchApp } from './launch';

const args = new Set(process.argv.slice(2));
const headless = args.has('--headless') || !process.env.DISPLAY;
const dataDir = resolve(process.env.ENALYSIS_DATA_DIR ?? '.data/preview');
const shots = resolve('test-results/preview');

console.info(`Starting Enalysis preview (data folder: ${dataDir}) …`);
const app = await launchApp({
  dataDir,
  headless,
  kiosk: args.has('--kiosk'),
  forceDemo: args.has('--demo'),
  viewport: { width: 1440, height: 900 },
  echoLogs: true,
});
await app.goto('#/');

if (headless) {
  mkdirSync(shots, { recursive: true });
  await app.page.waitForSelector('[data-testid="site-row"]', { timeout: 30_000 });
  const portfolio = join(shots, 'portfolio.png');
  await app.page.screenshot({ path: portfolio, fullPage: true });
  const first = await app.page.getAttribute('[data-testid="site-row"]', 'data-site-id');
  const site = join(shots, 'site.png');
  if (first) {
    await app.goto(`#/site/${encodeURIComponent(first)}`);
    await app.page.waitForSelector('[data-testid="site-chart"]', { timeout: 30_000 });
    await app.page.screenshot({ path: site, fullPage: true });
  }
  console.info(
    `No display here, so the preview ran headless. Screenshots:\n  ${portfolio}\n  ${site}`,
  );
  await app.stop();
} else {
  console.info(`Enalysis is open at ${app.origin} (close the window or press Ctrl+C to stop).`);
  const stop = async () => {
    await app.stop();
    process.exit(0);
  };
  app.page.on('close', () => void stop());
  process.on('SIGINT', () => void stop());
}
