// `npm run relay` as an operator meets it: the real entry file in a child process, configured
// only through its environment.
import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

interface Started {
  stdout: string[];
  stderr: string;
  exitCode: Promise<number | null>;
  kill(): void;
  waitForLine(pattern: RegExp): Promise<string>;
}

function startEntry(env: Record<string, string>): Started {
  // The tsx loader rather than the tsx CLI: the CLI wraps node in a second process and, on a busy
  // machine, SIGKILLs it when it does not acknowledge a forwarded signal within 30 ms.
  const child = spawn(process.execPath, ['--import', 'tsx', 'relay/node.ts'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const started: Started = {
    stdout,
    stderr: '',
    exitCode: new Promise((resolve) => child.on('exit', (code) => resolve(code))),
    kill: () => child.kill('SIGTERM'),
    waitForLine: (pattern) =>
      new Promise((resolve, reject) => {
        const check = () => {
          const line = stdout.find((candidate) => pattern.test(candidate));
          if (line) resolve(line);
        };
        child.stdout.on('data', check);
        child.on('exit', () => reject(new Error(`exited before ${pattern}: ${started.stderr}`)));
        check();
      }),
  };
  let pending = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    pending += chunk;
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    stdout.push(...lines);
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    started.stderr += chunk;
  });
  return started;
}

describe('relay/node.ts', () => {
  it('refuses to start on malformed variables, one line per problem', async () => {
    const entry = startEntry({
      RELAY_PORT: 'eighty',
      ENPHASE_AUTH_BASE: 'not a url',
      TESLA_PUBLIC_KEY_PEM: 'hello',
    });
    expect(await entry.exitCode).toBe(1);
    const lines = entry.stderr.trim().split('\n');
    expect(lines[0]).toBe('Relay not started: the configuration is invalid.');
    expect(lines.slice(1).map((line) => line.trim().split(' ')[0])).toEqual([
      'RELAY_PORT',
      'ENPHASE_AUTH_BASE',
      'TESLA_PUBLIC_KEY_PEM',
    ]);
  });

  it('starts without any credentials, warns about what is missing, serves /healthz and stops on SIGTERM', async () => {
    const entry = startEntry({ RELAY_PORT: '0' });
    const listening = JSON.parse(await entry.waitForLine(/relay listening/)) as { address: string };
    const warnings = entry.stdout
      .map((line) => JSON.parse(line) as { level: string; msg: string })
      .filter((line) => line.level === 'warn')
      .map((line) => line.msg);
    expect(warnings).toEqual(
      expect.arrayContaining([
        'No provider is enabled: every /oauth/* call will answer provider_disabled.',
        'enphase is disabled: ENPHASE_CLIENT_ID and ENPHASE_CLIENT_SECRET are not set.',
        'solaredge is disabled: SOLAREDGE_CLIENT_ID and SOLAREDGE_CLIENT_SECRET are not set.',
        'tesla is disabled: TESLA_CLIENT_ID and TESLA_CLIENT_SECRET are not set.',
      ]),
    );
    const health = await fetch(`http://${listening.address}/healthz`);
    expect(await health.json()).toEqual({
      ok: true,
      providers: { enphase: false, solaredge: false, tesla: false },
    });
    entry.kill();
    expect(await entry.exitCode).toBe(0);
  });
});
