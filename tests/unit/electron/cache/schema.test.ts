import { DatabaseSync } from 'node:sqlite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Migration } from '../../../../electron/cache/schema';
import {
  currentSchemaVersion,
  ForeignDatabaseError,
  latestSchemaVersion,
  migrate,
  migrations,
  SchemaTooNewError,
} from '../../../../electron/cache/schema';

let db: DatabaseSync;
beforeEach(() => {
  db = new DatabaseSync(':memory:');
});
afterEach(() => db.close());

const tables = () =>
  (
    db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").all() as {
      name: string;
    }[]
  ).map((r) => r.name);

describe('migrations', () => {
  it('are numbered upwards from 1, each number once, so "newer than this app" is well defined', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions[0]).toBe(1);
    expect(versions).toEqual([...new Set(versions)].sort((a, b) => a - b));
    expect(latestSchemaVersion).toBe(Math.max(...versions));
  });

  it('apply a step that landed after a higher one (parallel branches), leaving the rest', () => {
    const step = (version: number): Migration => ({
      version,
      description: String(version),
      sql: `CREATE TABLE t${version} (x INTEGER)`,
    });
    // A build with steps 1, 2 and 4 wrote this database; the next build also has step 3.
    expect(migrate(db, 1, [step(1), step(2), step(4)])).toBe(4);
    expect(migrate(db, 2, [step(1), step(2), step(3), step(4)])).toBe(4);
    expect(tables()).toEqual(['schema_version', 't1', 't2', 't3', 't4']);
    expect(db.prepare('SELECT version, applied_at FROM schema_version').all()).toEqual([
      { version: 1, applied_at: 1 },
      { version: 2, applied_at: 1 },
      { version: 3, applied_at: 2 },
      { version: 4, applied_at: 1 },
    ]);
  });

  it('bring a new database to the latest version with every table the cache needs', () => {
    expect(migrate(db, 1_000)).toBe(latestSchemaVersion);
    expect(tables()).toEqual([
      'alert_silences',
      'alerts',
      'cursors',
      'daily',
      'interval_flows',
      'intervals',
      'learned_days',
      'request_ledger',
      'schema_version',
      'site_tags',
      'sites',
      'sqlite_sequence',
    ]);
    expect(db.prepare('SELECT version, applied_at FROM schema_version').all()).toEqual(
      migrations.map((m) => ({ version: m.version, applied_at: 1_000 })),
    );
  });

  it('upgrade a version-1 cache to alerts without touching its data', () => {
    migrate(db, 1_000, migrations.slice(0, 1));
    db.exec(
      "INSERT INTO request_ledger (provider, endpoint, status, at) VALUES ('demo', 'x', 200, 5)",
    );
    expect(migrate(db, 2_000)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT count(*) AS n FROM request_ledger').get()).toEqual({ n: 1 });
    expect(db.prepare('SELECT count(*) AS n FROM alerts').get()).toEqual({ n: 0 });
  });

  it('upgrade a version-2 cache to flows and costs: old requests cost nothing', () => {
    migrate(db, 1_000, migrations.slice(0, 2));
    db.exec(
      "INSERT INTO request_ledger (provider, endpoint, status, at) VALUES ('tesla', 'x', 200, 5)",
    );
    expect(migrate(db, 2_000, migrations.slice(0, 3))).toBe(3);
    expect(db.prepare('SELECT cost_micro_usd AS cost FROM request_ledger').get()).toEqual({
      cost: 0,
    });
    expect(db.prepare('SELECT count(*) AS n FROM interval_flows').get()).toEqual({ n: 0 });
  });

  it('give a cache that has tags (4) but not flows (3) its flows and costs, keeping its tags', () => {
    migrate(
      db,
      1_000,
      migrations.filter((m) => m.version !== 3),
    );
    db.exec(
      "INSERT INTO sites (id, provider, external_id, name, city, country, time_zone, latitude, longitude, capacity_w, status, added_at) VALUES ('tesla:x', 'tesla', 'x', 'Roof', '', '', 'UTC', 0, 0, 1, 'ok', 5)",
    );
    db.exec("INSERT INTO site_tags (site_id, tag, position) VALUES (1, 'North', 0)");
    expect(migrate(db, 2_000)).toBe(latestSchemaVersion);
    expect(db.prepare('SELECT count(*) AS n FROM interval_flows').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT tag FROM site_tags').all()).toEqual([{ tag: 'North' }]);
    expect(
      db.prepare('SELECT version, applied_at FROM schema_version WHERE version = 3').get(),
    ).toEqual({ version: 3, applied_at: 2_000 });
  });

  it('do nothing the second time', () => {
    migrate(db, 1_000);
    migrate(db, 2_000);
    expect(db.prepare('SELECT count(*) AS n FROM schema_version').get()).toEqual({
      n: migrations.length,
    });
  });

  it('run only the steps a database is missing, in order, each in its own transaction', () => {
    const steps: Migration[] = [
      { version: 1, description: 'a', sql: 'CREATE TABLE a (x INTEGER)' },
      { version: 3, description: 'c', sql: 'CREATE TABLE c (x INTEGER)' },
      {
        version: 2,
        description: 'b',
        sql: 'CREATE TABLE b (x INTEGER); INSERT INTO nowhere VALUES (1)',
      },
    ];
    expect(() => migrate(db, 1, steps)).toThrow(/no such table: nowhere/);
    // Step 1 stayed, the failing step 2 left nothing behind, step 3 never ran.
    expect(currentSchemaVersion(db)).toBe(1);
    expect(tables()).toEqual(['a', 'schema_version']);

    steps[2] = { version: 2, description: 'b', sql: 'CREATE TABLE b (x INTEGER)' };
    expect(migrate(db, 2, steps)).toBe(3);
    expect(tables()).toEqual(['a', 'b', 'c', 'schema_version']);
  });

  it('refuse a database from a newer app instead of touching it', () => {
    migrate(db, 1);
    db.exec(`INSERT INTO schema_version VALUES (${latestSchemaVersion + 1}, 5)`);
    expect(() => migrate(db, 2)).toThrow(SchemaTooNewError);
  });

  it('refuse a database that belongs to another program', () => {
    db.exec('CREATE TABLE photos (id INTEGER)');
    expect(() => migrate(db, 1)).toThrow(ForeignDatabaseError);
  });
});
