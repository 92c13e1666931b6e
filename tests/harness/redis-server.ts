/**
 * A real `redis-server` (the Debian package) for tests and the bench: started on a free
 * loopback port with its own data directory, stopped (SIGKILL, like a crash) and started again
 * on the same port with the same append-only file, and removed at the end. Redis cannot listen
 * on port 0, so a free port is found first and the start is retried if another process took it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A running (or stopped) redis-server. */
export interface RedisServer {
  url: string;
  port: number;
  /** Kills the server at once, as a crash would; its append-only file stays. */
  kill(): Promise<void>;
  /** Starts it again on the same port from the same data. */
  restart(): Promise<void>;
  /** Stops it and removes its data. */
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function launch(port: number, dir: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      'redis-server',
      [
        '--port',
        String(port),
        '--bind',
        '127.0.0.1',
        '--dir',
        dir,
        '--save',
        '',
        '--appendonly',
        'yes',
        '--appendfsync',
        'always',
        '--daemonize',
        'no',
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        child.stdout?.off('data', onData);
        child.stdout?.resume();
        resolve(child);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.resume();
    child.once('error', reject);
    child.once('exit', (code) =>
      reject(new Error(`redis-server exited (${code}): ${output.slice(-400)}`)),
    );
  });
}

function killed(child: ChildProcess | null): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** Starts a redis-server on a free port. */
export async function startRedisServer(): Promise<RedisServer> {
  const dir = mkdtempSync(join(tmpdir(), 'enalysis-redis-'));
  let child: ChildProcess | null = null;
  let port = 0;
  for (let attempt = 0; attempt < 5 && !child; attempt += 1) {
    port = await freePort();
    child = await launch(port, dir).catch(() => null);
  }
  if (!child) throw new Error('redis-server did not start (is the Debian package installed?)');
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: async () => {
      await killed(child);
    },
    restart: async () => {
      await killed(child);
      child = await launch(port, dir);
    },
    stop: async () => {
      await killed(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
