import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { UpdaterPort } from '../../../../electron/ports';
import { UpdateService } from '../../../../electron/update/service';
import { MemoryLogger } from '../../../harness/memory-logger';

/** An in-memory updater: each check resolves the next scripted answer. */
class ScriptedUpdater implements UpdaterPort {
  checks = 0;
  installs = 0;
  constructor(private readonly answers: (string | null | Error)[]) {}
  checkAndDownload(): Promise<string | null> {
    const answer = this.answers[Math.min(this.checks, this.answers.length - 1)] ?? null;
    this.checks += 1;
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  }
  quitAndInstall(): void {
    this.installs += 1;
  }
}

const SIX_HOURS = 6 * 3600 * 1000;

function build(answers: (string | null | Error)[], whenSyncIdle = () => Promise.resolve()) {
  const updater = new ScriptedUpdater(answers);
  const log = new MemoryLogger();
  const ready: string[] = [];
  const service = new UpdateService({
    updater,
    whenSyncIdle,
    log,
    onReady: (state) => ready.push(state.readyVersion ?? 'none'),
  });
  return { updater, log, ready, service };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('UpdateService', () => {
  it('checks at start and then every six hours', async () => {
    const { updater, service } = build([null]);
    service.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(SIX_HOURS - 1);
    expect(updater.checks).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(updater.checks).toBe(2);
    await vi.advanceTimersByTimeAsync(SIX_HOURS);
    expect(updater.checks).toBe(3);
    service.stop();
    await vi.advanceTimersByTimeAsync(SIX_HOURS * 4);
    expect(updater.checks).toBe(3);
  });

  it('announces a downloaded version once, and keeps it for the renderer', async () => {
    const { ready, service } = build(['0.2.0', '0.2.0', '0.3.0']);
    service.start();
    await vi.advanceTimersByTimeAsync(SIX_HOURS * 2);
    expect(ready).toEqual(['0.2.0', '0.3.0']);
    expect(service.state()).toEqual({ readyVersion: '0.3.0', restarting: false });
    service.stop();
  });

  it('logs a failed check and tries again at the next interval', async () => {
    const { updater, log, ready, service } = build([
      new Error('sha512 checksum mismatch'),
      '0.2.0',
    ]);
    service.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(log.text()).toMatch(/update check failed.*sha512 checksum mismatch/);
    expect(ready).toEqual([]);
    await vi.advanceTimersByTimeAsync(SIX_HOURS);
    expect(updater.checks).toBe(2);
    expect(ready).toEqual(['0.2.0']);
    service.stop();
  });

  it('does nothing on restart when no version is ready', async () => {
    const { updater, service } = build([null]);
    await service.checkNow();
    expect(service.restartToUpdate()).toEqual({ readyVersion: null, restarting: false });
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.installs).toBe(0);
  });

  it('installs only once the sync is idle', async () => {
    let release = () => {};
    const idle = new Promise<void>((resolve) => (release = resolve));
    const { updater, service } = build(['0.2.0'], () => idle);
    await service.checkNow();
    expect(service.restartToUpdate()).toEqual({ readyVersion: '0.2.0', restarting: true });
    await vi.advanceTimersByTimeAsync(60_000);
    expect(updater.installs).toBe(0);
    release();
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.installs).toBe(1);
    // A second press while installing does not start a second install.
    service.restartToUpdate();
    await vi.advanceTimersByTimeAsync(0);
    expect(updater.installs).toBe(1);
  });

  it('joins a check already running instead of asking the feed twice', async () => {
    const { updater, service } = build([null]);
    await Promise.all([service.checkNow(), service.checkNow()]);
    expect(updater.checks).toBe(1);
  });
});
