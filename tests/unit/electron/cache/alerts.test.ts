import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertWrite } from '../../../../electron/cache/alerts';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { openTestCache, tempFolder } from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache;

beforeEach(() => {
  folder = tempFolder();
  cache = openTestCache(folder.dir);
});
afterEach(() => {
  cache.close();
  folder.cleanup();
});

const finding = (over: Partial<AlertWrite> = {}): AlertWrite => ({
  rule: 'zero_production',
  subject: 'site:demo:a',
  siteId: 'demo:a',
  severity: 'fault',
  startAt: 1_000,
  endAt: null,
  summary: 'A produced nothing.',
  evidence: { hours: 2 },
  lostWh: 4_000,
  lostWindow: 0,
  ...over,
});

describe('alert store', () => {
  it('writing the same finding twice keeps one alert and refreshes its numbers', () => {
    const first = cache.alerts.write(finding(), 5_000);
    const second = cache.alerts.write(finding({ lostWh: 6_000, evidence: { hours: 3 } }), 6_000);
    expect(first.created).toBe(true);
    expect(second.created).toBe(false);
    expect(cache.alerts.list()).toHaveLength(1);
    expect(second.alert).toMatchObject({ lostKwh: 6, evidence: { hours: 3 }, detectedAt: 5_000 });
  });

  it('a new evaluation window banks the energy lost in the previous one', () => {
    cache.alerts.write(finding({ lostWh: 4_000, lostWindow: 0 }), 5_000);
    cache.alerts.write(finding({ lostWh: 5_000, lostWindow: 0 }), 5_100);
    const next = cache.alerts.write(finding({ lostWh: 1_500, lostWindow: 86_400 }), 90_000);
    expect(next.alert.lostKwh).toBe(6.5);
  });

  it('lists open and past alerts and a site history, and closes once', () => {
    const open = cache.alerts.write(finding(), 5_000).alert;
    cache.alerts.write(finding({ rule: 'no_data', startAt: 2_000, endAt: 3_000 }), 5_000);
    cache.alerts.write(finding({ subject: 'site:demo:b', siteId: 'demo:b' }), 5_000);
    expect(cache.alerts.list({ open: true }).map((a) => a.subject)).toEqual([
      'site:demo:b',
      'site:demo:a',
    ]);
    expect(cache.alerts.list({ open: false }).map((a) => a.rule)).toEqual(['no_data']);
    expect(cache.alerts.list({ siteId: 'demo:a' })).toHaveLength(2);
    cache.alerts.close(open.id, 7_000);
    cache.alerts.close(open.id, 9_000);
    expect(cache.alerts.get(open.id)?.endAt).toBe(7_000);
  });

  it('acknowledging keeps the first time and refuses unknown ids', () => {
    const { alert } = cache.alerts.write(finding(), 5_000);
    expect(cache.alerts.acknowledge(alert.id, 6_000)).toBe(true);
    expect(cache.alerts.acknowledge(alert.id, 7_000)).toBe(true);
    expect(cache.alerts.get(alert.id)?.acknowledgedAt).toBe(6_000);
    expect(cache.alerts.acknowledge(999, 7_000)).toBe(false);
  });

  it('silences are set, replaced and cleared per subject and rule', () => {
    cache.alerts.setSilence({ subject: 'site:demo:a', rule: 'no_data', until: 10_000 });
    cache.alerts.setSilence({ subject: 'site:demo:a', rule: 'no_data', until: null });
    cache.alerts.setSilence({ subject: 'site:demo:b', rule: '*', until: null });
    expect(cache.alerts.silences()).toHaveLength(2);
    expect(cache.alerts.silences()).toContainEqual({
      subject: 'site:demo:a',
      rule: 'no_data',
      until: null,
    });
    cache.alerts.clearSilence('site:demo:b', '*');
    expect(cache.alerts.silences()).toHaveLength(1);
  });

  it('alerts and silences survive closing and reopening the cache', () => {
    cache.alerts.write(finding(), 5_000);
    cache.alerts.setSilence({ subject: 'site:demo:a', rule: 'no_data', until: null });
    cache.close();
    cache = openTestCache(folder.dir);
    expect(cache.alerts.list({ open: true })).toHaveLength(1);
    expect(cache.alerts.silences()).toHaveLength(1);
  });
});
