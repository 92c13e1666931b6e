import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqliteCache } from '../../../../electron/cache/cache';
import { migrate, migrations } from '../../../../electron/cache/schema';
import { fromColumns, toColumns } from '../../../../electron/cache/stored-text';
import { inGerman } from '../../../harness/words';
import { makeSite, openTestCache, tempFolder } from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let cache: SqliteCache | null = null;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => {
  cache?.close();
  cache = null;
  folder.cleanup();
});

const english = 'Library produced nothing for 3 h while nearby sites produced (15 kWh expected).';
const message = {
  key: 'alert.zeroProduction',
  params: { site: 'Library', hours: 3, expectedKwh: 15 },
} as const;

describe('stored sentences', () => {
  it.each([
    ['no sentence', null, { text: null, key: null, params: null }],
    [
      'text from before messages',
      'Inverter 2 tripped',
      { text: 'Inverter 2 tripped', key: null, params: null },
    ],
    [
      'a message, with its English wording beside it',
      message,
      {
        text: english,
        key: 'alert.zeroProduction',
        params: '{"site":"Library","hours":3,"expectedKwh":15}',
      },
    ],
    [
      'a message with a message inside (an account name)',
      {
        key: 'alert.needsSignIn',
        params: {
          account: { key: 'account.owner', params: { provider: 'Enphase', id: '7' } },
          count: 2,
        },
      },
      {
        text: 'Enphase owner 7 needs to be signed in again: 2 sites stopped updating.',
        key: 'alert.needsSignIn',
        params:
          '{"account":{"key":"account.owner","params":{"provider":"Enphase","id":"7"}},"count":2}',
      },
    ],
  ] as const)('%s round-trips', (_n, stored, columns) => {
    expect(toColumns(stored)).toEqual(columns);
    expect(fromColumns(toColumns(stored))).toEqual(stored);
  });

  it.each([
    ['a key this build does not know', { text: 'Old words.', key: 'alert.gone', params: '{}' }],
    ['params that are not JSON', { text: 'Old words.', key: 'alert.cacheRebuilt', params: '{' }],
    [
      'params that are not text or numbers',
      { text: 'Old words.', key: 'alert.cacheRebuilt', params: '{"a":[1]}' },
    ],
    [
      'a message inside whose key this build does not know',
      {
        text: 'Old words.',
        key: 'alert.needsSignIn',
        params: '{"account":{"key":"x.gone"},"count":1}',
      },
    ],
  ])('falls back to the stored text for %s', (_n, columns) => {
    expect(fromColumns(columns)).toBe('Old words.');
  });
});

describe('cache schema 5', () => {
  it('opens a version-4 cache with an English alert and status detail, keeping them as text', () => {
    const path = join(folder.dir, 'cache.sqlite');
    const db = new DatabaseSync(path);
    migrate(
      db,
      1_000,
      migrations.filter((m) => m.version <= 4),
    );
    db.exec(
      `INSERT INTO sites (id, provider, external_id, name, city, country, time_zone, latitude,
         longitude, capacity_w, status, status_detail, added_at)
       VALUES ('demo:office', 'demo', 'office', 'Office', '', 'US', 'UTC', 0, 0, 1000, 'fault',
         'Inverter 2 tripped.', 5)`,
    );
    db.exec(
      `INSERT INTO alerts (rule, subject, site_id, severity, start_at, detected_at, summary, evidence)
       VALUES ('zero_production', 'site:demo:office', 'demo:office', 'fault', 100, 100,
         'Office produced nothing for 2 h.', '{}')`,
    );
    db.close();

    cache = openTestCache(folder.dir);
    expect(cache.getSite('demo:office')?.statusDetail).toBe('Inverter 2 tripped.');
    const [old] = cache.alerts.list();
    expect(old?.summary).toBe('Office produced nothing for 2 h.');
    // Stored English stays English: there is no message to say it again.
    expect(inGerman(old?.summary)).toBe('Office produced nothing for 2 h.');

    // New rows keep key and params (and the English wording beside them).
    cache.alerts.write(
      {
        rule: 'zero_production',
        subject: 'site:demo:office',
        siteId: 'demo:office',
        severity: 'fault',
        startAt: 200,
        endAt: null,
        summary: message,
        evidence: {},
        lostWh: 0,
        lostWindow: 0,
      },
      200,
    );
    cache.upsertSite(makeSite({ status: 'offline', statusDetail: { key: 'status.enphase.comm' } }));
    cache.close();
    cache = null;

    const raw = new DatabaseSync(path);
    expect(raw.prepare('SELECT version FROM schema_version WHERE version = 5').get()).toEqual({
      version: 5,
    });
    expect(
      raw.prepare('SELECT summary, summary_key, summary_params FROM alerts ORDER BY id').all(),
    ).toEqual([
      { summary: 'Office produced nothing for 2 h.', summary_key: null, summary_params: null },
      {
        summary: english,
        summary_key: 'alert.zeroProduction',
        summary_params: JSON.stringify(message.params),
      },
    ]);
    expect(raw.prepare('SELECT status_detail, status_key, status_params FROM sites').get()).toEqual(
      {
        status_detail: 'The gateway is not reporting to Enphase.',
        status_key: 'status.enphase.comm',
        status_params: '{}',
      },
    );
    raw.close();

    cache = openTestCache(folder.dir);
    expect(cache.alerts.list()[0]?.summary).toEqual(message);
    expect(inGerman(cache.getSite('demo:office')?.statusDetail)).toBe(
      'Das Gateway meldet nicht an Enphase.',
    );
  });

  it('a status set by the connection keeps its message too', () => {
    cache = openTestCache(folder.dir);
    cache.upsertSite(makeSite());
    cache.setSiteStatus('demo:office', 'warning', { key: 'status.enphase.micro' });
    expect(cache.getSite('demo:office')?.statusDetail).toEqual({
      key: 'status.enphase.micro',
      params: {},
    });
    cache.setSiteStatus('demo:office', 'normal', null);
    expect(cache.getSite('demo:office')?.statusDetail).toBeNull();
  });

  it('keeps when the provider says a status began, and forgets it when the app sets the status', () => {
    cache = openTestCache(folder.dir);
    cache.upsertSite(makeSite({ status: 'fault', statusSince: 1_750_000_000 }));
    expect(cache.getSite('demo:office')?.statusSince).toBe(1_750_000_000);
    cache.upsertSite(makeSite({ status: 'fault' }));
    expect(cache.getSite('demo:office')?.statusSince).toBeNull();
    cache.upsertSite(makeSite({ status: 'fault', statusSince: 1_750_000_000 }));
    cache.setSiteStatus('demo:office', 'offline', { key: 'status.disconnected' });
    expect(cache.getSite('demo:office')?.statusSince).toBeNull();
    expect(() => cache!.upsertSite(makeSite({ statusSince: -5 }))).toThrow(/statusSince/);
  });
});
