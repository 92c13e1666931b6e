/**
 * The real core on the harness's ports (AES-GCM cipher, conf settings file, memory logger) for
 * SolarEdge integration tests, on a paid credit plan (the emulator's clock stands still, so a
 * 10-a-minute pacer would wait forever), with every IPC answer kept for the secrecy checks.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../../electron/config';
import { createCore, type Core } from '../../../electron/core';
import { ManualNetworkMonitor, type AuthWindowPort, type Clock } from '../../../electron/ports';
import { AesGcmCipher } from '../../harness/aes-gcm-cipher';
import { ConfStore } from '../../harness/conf-store';
import { MemoryLogger } from '../../harness/memory-logger';

/** An IPC answer as the renderer reads it. */
export type Answer<T> = { ok: boolean; value: T; error?: { code: string; message: string } };

/** A running core and what it said. */
export interface CoreRig {
  core: Core;
  log: MemoryLogger;
  /** Every answer `ask` received. */
  answers: unknown[];
  /** One IPC call as the renderer makes it; the contract checked the answer's shape. */
  ask<T = Record<string, unknown>>(channel: string, payload?: unknown): Promise<Answer<T>>;
  /** The JSON files of the data folder (settings and connection records). */
  settingsFiles(): string[];
  stop(): Promise<void>;
}

/** What the core is built with. */
export interface CoreRigOptions {
  env: Record<string, string>;
  clock: Clock;
  fetch?: typeof fetch;
  authWindow?: AuthWindowPort;
}

/** Builds the core in a fresh data folder. */
export async function startCoreRig(options: CoreRigOptions): Promise<CoreRig> {
  const dataDir = mkdtempSync(join(tmpdir(), 'enalysis-se-'));
  const log = new MemoryLogger();
  const answers: unknown[] = [];
  const core = await createCore({
    dataDir,
    config: loadConfig(options.env),
    settings: new ConfStore(dataDir),
    cipher: new AesGcmCipher(dataDir),
    network: new ManualNetworkMonitor(true),
    log,
    clock: options.clock,
    fetch: options.fetch,
    authWindow: options.authWindow ?? { open: () => Promise.resolve(null) },
    forceDemo: false,
    kiosk: false,
    version: '0.0.0-test',
    platform: process.platform,
  });
  core.settings.update({ solaredgeCreditsPerMinute: 100_000, solaredgeCreditsPerMonth: 100_000 });
  return {
    core,
    log,
    answers,
    async ask<T>(channel: string, payload: unknown = {}) {
      const result = await core.dispatch(channel, payload);
      answers.push(result);
      return result as Answer<T>;
    },
    settingsFiles: () =>
      readdirSync(dataDir)
        .filter((file) => file.endsWith('.json'))
        .map((file) => readFileSync(join(dataDir, file), 'utf8')),
    async stop() {
      await core.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
