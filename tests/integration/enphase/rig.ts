/**
 * What the Enphase integration tests share: an emulator on a pinned clock, an owner signed in
 * through the real OAuth dance, and an EnphaseProvider over real HTTP whose requests and log
 * lines the test can read.
 */
import type { LedgerEntry } from '../../../electron/cache/types';
import { EnphaseProvider, type EnphaseProviderOptions } from '../../../electron/providers/enphase';
import {
  EmulatorClock,
  startEnphaseEmulator,
  type EnphaseEmulator,
  type EnphaseEmulatorOptions,
} from '../../emulators/enphase';
import { MemoryLogger } from '../../harness/memory-logger';
import { EmulatorTokenSource } from './emulator-tokens';

/** 18 June 2025 19:00 UTC: midday in California, evening in Europe, night in Sydney. */
export const middayCalifornia = Date.parse('2025-06-18T19:00:00Z') / 1000;

/** A running emulator, one signed-in owner and a provider for that connection. */
export interface ProviderRig {
  emulator: EnphaseEmulator;
  clock: EmulatorClock;
  tokens: EmulatorTokenSource;
  log: MemoryLogger;
  ledger: LedgerEntry[];
  provider: EnphaseProvider;
  /** API requests the emulator answered (OAuth left out), oldest first. */
  apiCalls(): { path: string; status: number; query: Record<string, string> }[];
  stop(): Promise<void>;
}

/** Starts an emulator and signs `login` in. */
export async function startProviderRig(
  login: string,
  setup: {
    at?: number;
    emulator?: EnphaseEmulatorOptions;
    provider?: Partial<EnphaseProviderOptions>;
  } = {},
): Promise<ProviderRig> {
  const clock = new EmulatorClock(setup.at ?? middayCalifornia);
  const emulator = await startEnphaseEmulator({ clock, ...setup.emulator });
  const tokens = await EmulatorTokenSource.signIn(emulator, login, 'conn-1');
  const log = new MemoryLogger();
  const ledger: LedgerEntry[] = [];
  const provider = new EnphaseProvider({
    connectionId: 'conn-1',
    apiBase: emulator.url,
    apiKey: emulator.app.apiKey,
    tokens,
    clock,
    log,
    ledger: { recordRequest: (entry) => ledger.push(entry) },
    ...setup.provider,
  });
  emulator.admin.clearCalls();
  return {
    emulator,
    clock,
    tokens,
    log,
    ledger,
    provider,
    apiCalls: () =>
      emulator.admin
        .calls()
        .filter((call) => call.kind === 'api')
        .map(({ path, status, query }) => ({ path, status, query })),
    stop: () => emulator.stop(),
  };
}
