/**
 * `npm run bench`: every performance figure of DESIGN.md beside its target, measured on this
 * machine (never asserted in tests: these machines are shared and noisy). The relay has its own
 * `npm run bench:relay`.
 */
import { loadavg } from 'node:os';
import { runAlertBench } from './alerts';
import { runCacheBench } from './cache';
import { runEnphaseDay } from './enphase-day';
import { formatShapes, runEnphaseShapes, runPlanCapacity } from './enphase-shapes';
import { runPortfolioThousandBench } from './portfolio-1000';
import { runRatioLearningBench } from './ratio-learning';
import { runRendererBench } from './renderer';
import { runSolarEdgeBench } from './solaredge-day';
import { runSyncBench } from './sync';
import { runTeslaWeek } from './tesla';

type Row = [figure: string, value: string, target: string, met: boolean | null];

const rows: Row[] = [];
const ms = (value: number) => `${value} ms`;

console.info('Cache …');
const cache = await runCacheBench();
rows.push(
  [
    'Cache ingest (intervals/s, wall)',
    cache.ingestPerSecond.toLocaleString('en'),
    '≥ 500,000',
    cache.ingestPerSecond >= 500_000,
  ],
  [
    'Cache ingest (intervals per CPU-second)',
    cache.ingestPerCpuSecond.toLocaleString('en'),
    '≥ 500,000',
    cache.ingestPerCpuSecond >= 500_000,
  ],
  ['One site-year of daily totals', ms(cache.dailyYearMs), '≤ 5 ms', cache.dailyYearMs <= 5],
  ['Portfolio snapshot, 500 sites', ms(cache.snapshotMs), '≤ 25 ms', cache.snapshotMs <= 25],
  [
    'RSS, services with 100 site-years',
    `${cache.servicesRssMb} MB`,
    '≤ 150 MB',
    cache.servicesRssMb <= 150,
  ],
);

console.info('Sync (demo fleet, one simulated day, night pause on) …');
const sync = await runSyncBench();
rows.push(
  [
    'Backfill calls per new site (demo)',
    String(sync.backfillCallsPerSite),
    '≤ 2',
    sync.backfillCallsPerSite <= 2,
  ],
  [
    'Calls per site per refresh (demo, 15 min)',
    String(sync.dayCallsPerSitePerRefresh),
    '≤ 1',
    sync.dayCallsPerSitePerRefresh <= 1,
  ],
  [
    'Night calls per site (demo)',
    String(sync.nightCallsPerSite),
    '0',
    sync.nightCallsPerSite === 0,
  ],
);

console.info('Enphase day (50 systems on Kilowatt against the emulator) …');
const day = await runEnphaseDay();
rows.push(
  [
    'Enphase refresh interval chosen (50 sites, Kilowatt)',
    `${day.refreshMinutes} min`,
    '≥ 15 min',
    day.refreshMinutes >= 15,
  ],
  [
    'Enphase backfill calls per new site (incl. list + size)',
    String(day.backfillCallsPerSite),
    '≤ 2 data calls',
    null,
  ],
  [
    'Enphase calls per site per day',
    String(day.callsPerSitePerDay),
    `budget ${day.perDayBudget} / day in all`,
    day.totalCalls <= day.perDayBudget,
  ],
  [
    'Enphase wasted night calls per site',
    String(day.wastedNightCallsPerSite),
    '0',
    day.wastedNightCallsPerSite === 0,
  ],
  ['Enphase 429 answers', String(day.quotaRefusals), '0', day.quotaRefusals === 0],
  [
    'Enphase median data age before / after refresh',
    `${day.medianDataAgeBeforeRefreshMinutes} / ${day.medianDataAgeAfterRefreshMinutes} min`,
    '—',
    null,
  ],
);

console.info('Enphase account shapes (10 × 1, 3 × 3, 1 × 50) in June and December …');
const shapes = await runEnphaseShapes();
const capacity = await runPlanCapacity();
for (const shape of shapes) {
  const name = `${shape.month} ${shape.shape}`;
  rows.push(
    [
      `Enphase calls per site per day, ${name} (all kinds)`,
      String(shape.callsPerSitePerDay),
      '—',
      null,
    ],
    [
      `Enphase list share, ${name}`,
      `${shape.listSharePercent} %`,
      '≤ 10 %',
      shape.listSharePercent <= 10,
    ],
    [
      `Enphase calls while a connection is dark, ${name}`,
      String(shape.darkConnectionCalls),
      '0',
      shape.darkConnectionCalls === 0,
    ],
  );
}
for (const c of capacity) {
  rows.push([
    `Wi-Fi sites per Kilowatt plan at 15 min, ${c.month}`,
    String(c.sitesServed),
    `physical bound ${c.physicalBound}`,
    c.sitesServed >= c.physicalBound * 0.9,
  ]);
}
console.info('SolarEdge days (5 sites by fleet key against the emulator) …');
const solarEdge = await runSolarEdgeBench();
rows.push(
  [
    'SolarEdge backfill credits per new site',
    String(solarEdge.fifteen.backfillCreditsPerSite),
    'a year of days + a week of quarters',
    null,
  ],
  [
    'SolarEdge credits per site per day at 15 min (June)',
    String(solarEdge.fifteen.creditsPerSitePerDay),
    '≤ daylight quarters + 3',
    null,
  ],
  [
    'SolarEdge sites served at 15 min, free tier (2,000/month)',
    String(solarEdge.fifteen.sitesServed),
    'physical bound',
    null,
  ],
  [
    'SolarEdge sites served at 15 min, 30,000 credits/month',
    String(solarEdge.paidSitesServed),
    'physical bound',
    null,
  ],
  [
    'SolarEdge free tier, 5 sites: interval the budget chose',
    `${solarEdge.freeBudget.refreshMinutes} min`,
    '≥ 15 min',
    solarEdge.freeBudget.refreshMinutes >= 15,
  ],
  [
    'SolarEdge free tier, 5 sites: credits per month (backfill incl.)',
    String(
      Math.round(
        solarEdge.freeBudget.sites *
          (solarEdge.freeBudget.creditsPerSitePerMonth +
            solarEdge.freeBudget.backfillCreditsPerSite),
      ),
    ),
    '≤ 2,000',
    solarEdge.freeBudget.sites *
      (solarEdge.freeBudget.creditsPerSitePerMonth + solarEdge.freeBudget.backfillCreditsPerSite) <=
      2_000,
  ],
);

console.info('Alerts (12 roofs in 3 regions, a simulated month with 13 incidents) …');
const alerts = await runAlertBench();
rows.push(
  [
    'Fault incidents alerted',
    `${alerts.alerted} / ${alerts.faults}`,
    'all',
    alerts.alerted === alerts.faults,
  ],
  [
    'False alerts (on weather days / at night)',
    `${alerts.falseAlerts} (${alerts.falseOnWeatherDays} / ${alerts.falseAtNight})`,
    '0 on weather days and at night',
    alerts.falseOnWeatherDays === 0 && alerts.falseAtNight === 0,
  ],
  ['Median time from incident start to alert', `${alerts.medianMinutesFromStart} min`, '—', null],
  [
    'Worst delay after the data showed a fault',
    `${alerts.worstRefreshesAfterEvidence} refreshes`,
    '≤ 2 refresh intervals',
    alerts.worstRefreshesAfterEvidence <= 2,
  ],
);

console.info('Tesla week (4 energy sites, NA and EU, 15-min refreshes against the emulator) …');
const tesla = await runTeslaWeek();
rows.push(
  [
    'Tesla $ per site per month at 15-min daylight freshness',
    `$${tesla.usdPerSitePerMonth.toFixed(2)}`,
    '$10 a month covers ≥ 2 sites',
    tesla.usdPerSitePerMonth * 2 <= 10,
  ],
  ['Tesla calls per site per day (15 min)', String(tesla.callsPerSitePerDay), '—', null],
  ['Tesla backfill calls per new site', String(tesla.backfillCallsPerSite), '—', null],
  [
    'Tesla refresh chosen by the $10 budget (4 sites)',
    `${tesla.budgetRefreshMinutes} min`,
    '≥ 15 min',
    tesla.budgetRefreshMinutes >= 15,
  ],
  ['Tesla refresh tokens re-used', String(tesla.refreshReuse), '0', tesla.refreshReuse === 0],
  [
    'Tesla ledger spend = Tesla bill',
    String(tesla.ledgerMatchesBill),
    'true',
    tesla.ledgerMatchesBill,
  ],
);

console.info('Renderer (production build in Chromium, 100 sites) …');
const renderer = await runRendererBench();
rows.push(
  [
    'Portfolio of 100 sites on screen (from navigation)',
    ms(renderer.portfolioMs),
    '≤ 500 ms',
    renderer.portfolioMs <= 500,
  ],
  [
    'Site-year chart on screen (route change → drawn)',
    ms(renderer.siteYearChartMs),
    '≤ 150 ms',
    renderer.siteYearChartMs <= 150,
  ],
  [
    'Longest main-thread task',
    ms(renderer.longestTaskMs),
    '≤ 200 ms',
    renderer.longestTaskMs <= 200,
  ],
);

console.info('Portfolio at 1,000 sites (production build in Chromium) …');
const thousand = await runPortfolioThousandBench();
rows.push(
  [
    'Portfolio of 1,000 sites on screen (from navigation)',
    ms(thousand.onScreenMs),
    '≤ 500 ms',
    thousand.onScreenMs <= 500,
  ],
  [
    'First portfolio of 1,000 sites after start (learns ratios)',
    `${ms(thousand.firstLoadMs)} (CPU ${ms(thousand.firstLoadCpuMs)})`,
    '—',
    null,
  ],
  [
    'First portfolio of 1,000 sites after a restart (ratios kept)',
    `${ms(thousand.restartLoadMs)} (CPU ${ms(thousand.restartLoadCpuMs)})`,
    '—',
    null,
  ],
  [
    'portfolio.get at 1,000 sites in main (handler + schema check)',
    ms(thousand.answerMs),
    '—',
    null,
  ],
  [
    'portfolio.get answer at 1,000 sites (JSON over IPC)',
    `${Math.round(thousand.answerBytes / 1024)} KiB`,
    '—',
    null,
  ],
  ['Site lines in the DOM (of 1,000, windowed)', String(thousand.renderedRows), '—', null],
  ['Search across 1,000 sites (typed → painted)', ms(thousand.searchMs), '—', null],
  ['Scroll to the 1,000th site (→ painted)', ms(thousand.scrollToEndMs), '—', null],
  [
    'Longest main-thread task, 1,000 sites',
    ms(thousand.longestTaskMs),
    '≤ 200 ms',
    thousand.longestTaskMs <= 200,
  ],
);

console.info('Ratio learning over 60 days of history (100 sites) …');
const learning = await runRatioLearningBench();
rows.push(
  [
    `Ratio learning, ${learning.sites} sites × ${learning.days} days, from nothing (CPU)`,
    ms(learning.firstCpuMs),
    '—',
    null,
  ],
  [
    `Ratio learning, ${learning.sites} sites × ${learning.days} days, after a restart (CPU)`,
    ms(learning.restartCpuMs),
    'same ratios',
    learning.same,
  ],
);

console.info(`\n${formatShapes(shapes, capacity).join('\n')}`);
const width = Math.max(...rows.map((r) => r[0].length));
console.info(`\nEnalysis bench — load average ${loadavg()[0]?.toFixed(2)} on this machine\n`);
for (const [figure, value, target, met] of rows) {
  const mark = met === null ? ' ' : met ? '✓' : '✗';
  console.info(`${mark} ${figure.padEnd(width)}  ${value.padStart(14)}   target ${target}`);
}
