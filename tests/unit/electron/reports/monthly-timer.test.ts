import { describe, expect, it } from 'vitest';
import {
  dueMonth,
  MAX_WAIT_SECONDS,
  MonthlyReportTimer,
  nextMonthStart,
  previousMonth,
  type TimerPort,
} from '../../../../electron/reports/monthly-timer';
import type { MonthlyReportSettings } from '../../../../shared/report';
import { MemoryLogger } from '../../../harness/memory-logger';

const zone = 'Europe/Berlin';
const at = (iso: string) => Math.floor(Date.parse(iso) / 1000);

describe('month arithmetic', () => {
  it.each([
    ['2026-12-01T00:30:00+01:00', '2026-11'],
    ['2026-11-30T23:59:00+01:00', '2026-10'],
    ['2027-01-01T00:00:00+01:00', '2026-12'],
  ])('%s is after %s ended', (iso, month) => {
    expect(previousMonth(at(iso), zone)).toBe(month);
  });
  it('finds the next local midnight of the 1st, across a daylight-saving change', () => {
    expect(nextMonthStart(at('2026-10-15T12:00:00+02:00'), zone)).toBe(
      at('2026-11-01T00:00:00+01:00'),
    );
  });
  it.each([
    [{ enabled: false, folder: '/r', lastWritten: null }, null],
    [{ enabled: true, folder: null, lastWritten: null }, null],
    [{ enabled: true, folder: '/r', lastWritten: null }, '2026-11'],
    [{ enabled: true, folder: '/r', lastWritten: '2026-10' }, '2026-11'],
    [{ enabled: true, folder: '/r', lastWritten: '2026-11' }, null],
  ] as [MonthlyReportSettings, string | null][])('%j → %s', (settings, expected) => {
    expect(dueMonth(settings, at('2026-12-06T10:00:00+01:00'), zone)).toBe(expected);
  });
});

/** A clock and timers moved by hand. */
function fakeTime(start: number) {
  let now = start;
  const pending: { due: number; callback: () => void; id: number }[] = [];
  let next = 1;
  const timers: TimerPort = {
    set(callback, ms) {
      const id = next++;
      pending.push({ due: now + ms / 1000, callback, id });
      return id;
    },
    clear(handle) {
      const i = pending.findIndex((p) => p.id === handle);
      if (i >= 0) pending.splice(i, 1);
    },
  };
  return {
    clock: { now: () => now },
    timers,
    pending,
    /** Moves time forward, firing each timer that falls due on the way. */
    async advance(seconds: number) {
      const end = now + seconds;
      for (;;) {
        // Let writes in flight finish and re-arm before looking at the timers.
        await new Promise((r) => setTimeout(r, 0));
        pending.sort((a, b) => a.due - b.due);
        const first = pending[0];
        if (!first || first.due > end) break;
        pending.shift();
        now = first.due;
        first.callback();
      }
      now = end;
    },
  };
}

describe('MonthlyReportTimer', () => {
  it('writes last month on the 1st, once, and again a month later', async () => {
    const time = fakeTime(at('2026-11-20T09:00:00+01:00'));
    const settings: MonthlyReportSettings = {
      enabled: true,
      folder: '/reports',
      lastWritten: '2026-10',
    };
    const written: string[] = [];
    const timer = new MonthlyReportTimer({
      clock: time.clock,
      timers: time.timers,
      zone,
      settings: () => settings,
      write: async (month, folder) => {
        written.push(`${folder}/${month}`);
      },
      markWritten: (month) => (settings.lastWritten = month),
      log: new MemoryLogger(),
    });
    timer.start();
    await time.advance(0);
    expect(written).toEqual([]);
    // Never sleeps longer than six hours at a time.
    expect(time.pending[0]!.due - time.clock.now()).toBeLessThanOrEqual(MAX_WAIT_SECONDS);
    await time.advance(at('2026-12-01T00:00:00+01:00') - time.clock.now() - 1);
    expect(written).toEqual([]);
    await time.advance(2);
    expect(written).toEqual(['/reports/2026-11']);
    await time.advance(20 * 86_400);
    expect(written).toEqual(['/reports/2026-11']);
    await time.advance(at('2027-01-01T00:00:01+01:00') - time.clock.now());
    expect(written).toEqual(['/reports/2026-11', '/reports/2026-12']);
    timer.stop();
    expect(time.pending).toEqual([]);
  });

  it('catches up a missed 1st at start, and retries a failed write at the next check', async () => {
    const time = fakeTime(at('2026-12-04T08:00:00+01:00'));
    const settings: MonthlyReportSettings = {
      enabled: true,
      folder: '/gone',
      lastWritten: '2026-10',
    };
    let fail = true;
    const written: string[] = [];
    const log = new MemoryLogger();
    const timer = new MonthlyReportTimer({
      clock: time.clock,
      timers: time.timers,
      zone,
      settings: () => settings,
      write: async (month) => {
        if (fail) throw new Error('EACCES');
        written.push(month);
      },
      markWritten: (month) => (settings.lastWritten = month),
      log,
    });
    timer.start();
    await time.advance(0);
    expect(written).toEqual([]);
    expect(log.text()).toMatch(/could not be written/);
    fail = false;
    await time.advance(MAX_WAIT_SECONDS);
    expect(written).toEqual(['2026-11']);
    timer.stop();
  });
});
