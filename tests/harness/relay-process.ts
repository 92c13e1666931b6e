/**
 * A relay in its own process, started through relay/node.ts's `runRelayFromEnvironment` (the
 * production entry, configured only by its environment) on a free port, with one difference:
 * its clock is set by the parent over IPC, so tests and the bench can run a simulated month
 * through several relay instances in seconds. Warnings and errors come back to the parent;
 * per-request info lines are dropped (thousands of them would only cost CPU).
 */
import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createJsonLogger } from '../../relay/logger';
import { runRelayFromEnvironment } from '../../relay/node';

/** A relay child process. */
export interface RelayProcess {
  url: string;
  /** Warning and error lines the relay wrote. */
  warnings: string[];
  /** Sets the relay's clock (epoch s); resolves once the child applied it. */
  setClock(now: number): Promise<void>;
  /** Kills it at once (SIGKILL), as a crashed instance. */
  kill(): Promise<void>;
  /** Stops it cleanly. */
  stop(): Promise<void>;
}

type ChildMessage = { url: string } | { ack: number } | { line: string };

/** Starts a relay process with `env` (RELAY_PORT is set to 0). */
export function startRelayProcess(env: Record<string, string>, now: number): Promise<RelayProcess> {
  const usesTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  const child: ChildProcess = fork(fileURLToPath(import.meta.url), ['--relay-child'], {
    execArgv: usesTsx ? process.execArgv : ['--import', 'tsx'],
    env: { PATH: process.env.PATH ?? '', ...env, RELAY_PORT: '0', RELAY_START_CLOCK: String(now) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const warnings: string[] = [];
  let acks: ((value: number) => void)[] = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.on('message', (raw) => {
      const message = raw as ChildMessage;
      if ('line' in message) warnings.push(message.line);
      if ('ack' in message) {
        const waiting = acks;
        acks = [];
        for (const ack of waiting) ack(message.ack);
      }
      if ('url' in message) {
        resolve({
          url: message.url,
          warnings,
          setClock: (seconds) =>
            new Promise<void>((done) => {
              acks.push(() => done());
              child.send({ now: seconds });
            }),
          kill: async () => {
            child.kill('SIGKILL');
            await exited;
          },
          stop: async () => {
            if (child.connected) child.disconnect();
            await exited;
          },
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`relay process exited early (${code})`)));
  });
}

async function runChild(): Promise<void> {
  const clock = { seconds: Number(process.env.RELAY_START_CLOCK), now: () => clock.seconds };
  const logger = createJsonLogger({
    sink: (line) => {
      if (!line.includes('"level":"info"') || line.includes('quota store'))
        process.send?.({ line });
    },
  });
  const relay = await runRelayFromEnvironment(process.env, logger, { clock });
  if (!relay) process.exit(1);
  process.on('message', (message: { now: number }) => {
    clock.seconds = message.now;
    process.send?.({ ack: message.now });
  });
  process.on('disconnect', () => {
    void relay.close().then(() => process.exit(0));
  });
  process.send?.({ url: relay.url });
}

if (process.argv.includes('--relay-child')) void runChild();
