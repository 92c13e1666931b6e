import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync,
  openSync,
  writeSync,
  closeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCache } from '../../../../electron/cache/cache';
import { CacheCorruptError, CacheOpenError } from '../../../../electron/cache/errors';
import { checkMarkerPath, headerProblem } from '../../../../electron/cache/open';
import { addDays } from '../../../../shared/time';
import { dayOfIntervals, makeSite, manualClock, tempFolder } from './fixtures/cacheFixtures';

let folder: ReturnType<typeof tempFolder>;
let path: string;
const now = Date.parse('2025-03-04T05:06:07Z') / 1000;
const clock = manualClock(now);

beforeEach(() => {
  folder = tempFolder();
  path = join(folder.dir, 'cache.sqlite');
});
afterEach(() => folder.cleanup());

/** A closed cache file holding `days` days of one Berlin site. */
function cacheWithData(days: number): void {
  const cache = openCache(path, { clock });
  cache.upsertSite(makeSite({ timeZone: 'Europe/Berlin' }));
  for (let d = 0; d < days; d++) {
    cache.upsertIntervals('demo:office', dayOfIntervals(addDays('2024-01-01', d), 'Europe/Berlin'));
  }
  cache.close();
}

function expectRebuilt(reason: RegExp): string {
  const cache = openCache(path, { clock });
  try {
    expect(cache.recovery).not.toBeNull();
    const movedTo = cache.recovery!.movedTo;
    expect(movedTo).toBe(`${path}.corrupt-20250304T050607Z`);
    expect(existsSync(movedTo)).toBe(true);
    expect(cache.recovery!.message).toMatch(reason);
    expect(cache.recovery!.message).toContain(movedTo);
    expect(cache.recovery!.message).toMatch(/Data will be downloaded again\.$/);
    // The fresh cache works.
    expect(cache.listSites()).toEqual([]);
    cache.upsertSite(makeSite());
    expect(cache.listSites()).toHaveLength(1);
    return movedTo;
  } finally {
    cache.close();
  }
}

const damaged =
  /^The local data cache could not be read and was rebuilt; the damaged file was kept at /;

describe('a cache file that cannot be used is moved aside and rebuilt', () => {
  it('garbage bytes, with its -wal and -shm files', () => {
    const garbage = Buffer.alloc(8192, 0x5a);
    writeFileSync(path, garbage);
    writeFileSync(`${path}-wal`, 'old wal');
    writeFileSync(`${path}-shm`, 'old shm');
    const movedTo = expectRebuilt(damaged);
    expect(readFileSync(movedTo)).toEqual(garbage);
    expect(readFileSync(`${movedTo}-wal`, 'utf8')).toBe('old wal');
    expect(readFileSync(`${movedTo}-shm`, 'utf8')).toBe('old shm');
  });

  it('a text file that is not a database', () => {
    writeFileSync(path, 'These are my notes about the roof panels. '.repeat(20));
    expectRebuilt(damaged);
  });

  it('a file cut off in the middle', () => {
    cacheWithData(20);
    truncateSync(path, Math.floor(statSync(path).size / 2));
    expectRebuilt(damaged);
  });

  it('a file cut off inside its header', () => {
    cacheWithData(1);
    truncateSync(path, 50);
    expectRebuilt(damaged);
  });

  it('a database written by a newer version of the app, saying so', () => {
    cacheWithData(1);
    const db = new DatabaseSync(path);
    db.exec('INSERT INTO schema_version (version, applied_at) VALUES (999, 0)');
    db.close();
    const movedTo = expectRebuilt(
      /written by a newer version of Enalysis, which this version cannot read/,
    );
    // The newer file is kept intact for when the newer app comes back.
    const kept = new DatabaseSync(movedTo, { readOnly: true });
    expect(kept.prepare('SELECT max(version) AS v FROM schema_version').get()).toEqual({ v: 999 });
    kept.close();
  });

  it('another program’s database', () => {
    const db = new DatabaseSync(path);
    db.exec('CREATE TABLE recipes (name TEXT)');
    db.close();
    expectRebuilt(/belongs to another program/);
  });

  it('twice in the same second, without overwriting the first kept file', () => {
    writeFileSync(path, Buffer.alloc(4096, 1));
    openCache(path, { clock }).close();
    writeFileSync(path, Buffer.alloc(4096, 2));
    const second = openCache(path, { clock });
    second.close();
    expect(second.recovery?.movedTo).toBe(`${path}.corrupt-20250304T050607Z-2`);
    expect(readFileSync(`${path}.corrupt-20250304T050607Z`)[0]).toBe(1);
  });
});

describe('a healthy file', () => {
  it('opens without recovery and with its data', () => {
    cacheWithData(2);
    const cache = openCache(path, { clock });
    expect(cache.recovery).toBeNull();
    expect(cache.daily('demo:office', '2024-01-01', '2024-01-02')).toHaveLength(2);
    cache.close();
  });

  it('is in WAL mode', () => {
    cacheWithData(1);
    const db = new DatabaseSync(path);
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' });
    db.close();
  });
});

describe('damage found while running', () => {
  /** Overwrites one page in the middle of the file with junk. */
  function damageMiddlePage(): void {
    const pageSize = 4096;
    const pages = statSync(path).size / pageSize;
    const fd = openSync(path, 'r+');
    writeSync(fd, Buffer.alloc(pageSize, 0xff), 0, pageSize, Math.floor(pages / 2) * pageSize);
    closeSync(fd);
  }

  it('is reported as CacheCorruptError, and the next start checks the file and rebuilds it', () => {
    cacheWithData(60);
    damageMiddlePage();
    const cache = openCache(path, { clock });
    expect(() => cache.intervals('demo:office', 0, 2e9)).toThrow(CacheCorruptError);
    expect(() => cache.intervals('demo:office', 0, 2e9)).toThrow(
      /will be checked and, if needed, rebuilt/,
    );
    cache.close();
    expect(existsSync(checkMarkerPath(path))).toBe(true);

    expectRebuilt(damaged);
    expect(existsSync(checkMarkerPath(path))).toBe(false);
  });

  it('a check that finds nothing wrong keeps the data and clears the flag', () => {
    cacheWithData(3);
    writeFileSync(checkMarkerPath(path), 'flagged');
    const cache = openCache(path, { clock });
    expect(cache.recovery).toBeNull();
    expect(cache.daily('demo:office', '2024-01-01', '2024-01-03')).toHaveLength(3);
    cache.close();
    expect(existsSync(checkMarkerPath(path))).toBe(false);
  });
});

describe('a file that cannot be opened is not moved', () => {
  it('a folder where the file should be', () => {
    mkdirSync(path);
    expect(() => openCache(path, { clock })).toThrow(CacheOpenError);
    expect(statSync(path).isDirectory()).toBe(true);
  });
});

describe('headerProblem', () => {
  it.each([
    ['a missing file', null, null],
    ['an empty file', Buffer.alloc(0), null],
    ['a short file', Buffer.alloc(40), /shorter than a database header/],
    ['junk', Buffer.alloc(4096, 7), /not a SQLite database/],
  ])('%s', (_name, content, problem) => {
    if (content !== null) writeFileSync(path, content);
    const found = headerProblem(path);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });
});

describe('an abrupt end', () => {
  it('keeps every committed write and nothing half-written after the writer is killed mid-way', async () => {
    const writer = fileURLToPath(new URL('./fixtures/writer.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', writer, path], {
      cwd: fileURLToPath(new URL('../../../../', import.meta.url)),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const committed = await new Promise<number>((resolve, reject) => {
      let seen = 0;
      child.stdout.on('data', (chunk: Buffer) => {
        seen += chunk
          .toString()
          .split('\n')
          .filter((l) => l.startsWith('committed')).length;
        if (seen >= 5) {
          child.kill('SIGKILL');
          resolve(seen);
        }
      });
      child.on('exit', (code) => {
        if (seen < 5) reject(new Error(`writer exited early (${code}): ${stderr}`));
      });
    });
    await new Promise((resolve) =>
      child.exitCode !== null || child.signalCode !== null
        ? resolve(null)
        : child.on('exit', resolve),
    );
    expect(child.signalCode).toBe('SIGKILL');
    // No checkpoint ran: the commits live in the write-ahead log.
    expect(statSync(`${path}-wal`).size).toBeGreaterThan(0);

    const cache = openCache(path, { clock });
    expect(cache.recovery).toBeNull();
    const days = cache.daily('demo:office', '2024-01-01', '2025-01-01');
    expect(days.length).toBeGreaterThanOrEqual(committed);
    const intervals = cache.intervals('demo:office', 0, 2e9);
    expect(intervals.length).toBe(days.length * 288); // whole days only
    // Each day's total matches its intervals: 5-minute power 0, 1, …, 287 W → Σw/12 Wh.
    for (const day of days) expect(day.wh).toBeCloseTo((287 * 288) / 2 / 12, 6);
    cache.close();
  }, 20_000);
});
