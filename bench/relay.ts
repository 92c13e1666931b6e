/**
 * Load figure for the OAuth relay (`npm run bench:relay`): a local Enphase-shaped token endpoint
 * and the relay each run in their own child process (so the load generator does not share their
 * event loop), and the same refresh call is sent straight to the endpoint and through the relay,
 * closed-loop at rising concurrency and then open-loop at a fixed 1,000 requests/s. What the relay
 * ADDS is reported two ways: relayed minus direct latency as the client sees it (includes the
 * extra HTTP hop), and the time spent inside the relay's handler minus its upstream call.
 * Target: p99 added latency under 5 ms at 1,000 requests/s. Loopback only; bounded in count and time.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { createRelayApp } from '../relay/app';
import { loadRelayConfig } from '../relay/config';
import { createJsonLogger } from '../relay/logger';
import { createNodeTokenFetch } from '../relay/node';
import { alternate, closedLoop, fixedRate, rpsOf, type RunResult, type Target } from './relay-load';

/** Latency percentiles in milliseconds. */
export interface Percentiles {
  p50: number;
  p99: number;
}

/** One closed-loop run at a fixed concurrency. */
export interface ConcurrencyRow {
  concurrency: number;
  requests: number;
  directRps: number;
  relayRps: number;
  direct: Percentiles;
  relayed: Percentiles;
  /** Relayed minus direct, percentile by percentile. */
  added: Percentiles;
  /** Handler time minus upstream time, measured inside the relay process. */
  inRelay: Percentiles;
  /** CPU time (user + system) the relay process spent per relayed request, in microseconds. */
  relayCpuUs: number;
  errors: number;
}

/** The open-loop run the target is judged on. */
export interface FixedRateRow extends Omit<ConcurrencyRow, 'concurrency'> {
  targetRps: number;
  seconds: number;
}

/** Everything the bench measured. */
export interface RelayBenchResult {
  closedLoop: ConcurrencyRow[];
  fixedRate: FixedRateRow;
  targetP99AddedMs: number;
  /** End to end: relayed minus direct p99 under the target, at (95 % of) the fixed rate, no errors. */
  targetMet: boolean;
  /** The relay's own processing: in-handler p99 (minus the upstream call) under the target. */
  handlerTargetMet: boolean;
}

const targetP99AddedMs = 5;
const refreshPath = '/oauth/token?grant_type=refresh_token&refresh_token=rt-bench-0123456789';
const relayBody = JSON.stringify({ refresh_token: 'rt-bench-0123456789' });
const basic = `Basic ${Buffer.from('bench-id:bench-secret-value').toString('base64')}`;

function percentiles(samples: number[]): Percentiles {
  if (samples.length === 0) return { p50: Number.NaN, p99: Number.NaN };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
  return { p50: at(0.5), p99: at(0.99) };
}

const round = (value: number) => Math.round(value * 100) / 100;

// ---------------------------------------------------------------- child processes

/** The token endpoint: answers every POST with a fresh Enphase-shaped token set. */
async function runUpstreamChild(): Promise<void> {
  let n = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      n += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          access_token: `at-${n}-abcdefghijklmnopqrstuvwxyz`,
          refresh_token: `rt-${n}-abcdefghijklmnopqrstuvwxyz`,
          token_type: 'bearer',
          expires_in: 86393,
          scope: 'read write',
          enl_uid: '42',
        }),
      );
    });
  });
  server.keepAliveTimeout = 30_000;
  server.listen(0, '127.0.0.1', () => {
    process.send?.({ port: (server.address() as AddressInfo).port });
  });
  process.on('disconnect', () => process.exit(0));
}

/** The relay, with a stopwatch around its handler and around its upstream call. */
async function runRelayChild(upstreamUrl: string): Promise<void> {
  const { config } = loadRelayConfig({
    ENPHASE_CLIENT_ID: 'bench-id',
    ENPHASE_CLIENT_SECRET: 'bench-secret-value',
    ENPHASE_AUTH_BASE: upstreamUrl,
    RELAY_PUBLIC_URL: 'http://127.0.0.1:1',
    RELAY_RATE_LIMIT_PER_MINUTE: '10000000',
  });
  const timing = new AsyncLocalStorage<{ upstreamMs: number }>();
  const tokenFetch = createNodeTokenFetch();
  let cpuMark = process.cpuUsage();
  const overheads: number[] = [];
  const app = createRelayApp(config, {
    // Logs are serialised and redacted as in production, then dropped.
    logger: createJsonLogger({ sink: () => {} }),
    clientAddress: () => '127.0.0.1',
    // The same upstream client the Node entry uses, with a stopwatch around it (it buffers the
    // answer, so the time includes the upstream body).
    fetch: async (input, init) => {
      const started = performance.now();
      const response = await tokenFetch(input, init);
      const store = timing.getStore();
      if (store) store.upstreamMs += performance.now() - started;
      return response;
    },
  });
  const server = serve(
    {
      fetch: (req) => {
        const store = { upstreamMs: 0 };
        const started = performance.now();
        return timing.run(store, async () => {
          const response = await app.fetch(req);
          overheads.push(performance.now() - started - store.upstreamMs);
          return response;
        });
      },
      hostname: '127.0.0.1',
      port: 0,
    },
    (info) => process.send?.({ port: info.port }),
  );
  process.on('message', (message: unknown) => {
    if (message === 'report') {
      const cpu = process.cpuUsage(cpuMark);
      const cpuUs = overheads.length ? (cpu.user + cpu.system) / overheads.length : 0;
      process.send?.({ inRelay: { ...percentiles(overheads), cpuUs } });
      overheads.length = 0;
      cpuMark = process.cpuUsage();
    }
  });
  process.on('disconnect', () => {
    server.close();
    process.exit(0);
  });
}

// ---------------------------------------------------------------- orchestration

function startChild(args: string[]): Promise<{ child: ChildProcess; port: number }> {
  const usesTsx = process.execArgv.some((arg) => arg.includes('tsx'));
  const child = fork(fileURLToPath(import.meta.url), args, {
    execArgv: usesTsx ? process.execArgv : ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (message) =>
      resolve({ child, port: (message as { port: number }).port }),
    );
    child.once('exit', (code) =>
      reject(new Error(`bench child ${args.join(' ')} exited with ${code}`)),
    );
  });
}

type RelayReport = Percentiles & { cpuUs: number };

function inRelayReport(child: ChildProcess): Promise<RelayReport> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { inRelay: RelayReport }).inRelay));
    child.send('report');
  });
}

function row(direct: RunResult, relayed: RunResult, inRelay: RelayReport) {
  const d = percentiles(direct.samples);
  const r = percentiles(relayed.samples);
  return {
    requests: relayed.samples.length + relayed.errors,
    directRps: Math.round(rpsOf(direct)),
    relayRps: Math.round(rpsOf(relayed)),
    direct: { p50: round(d.p50), p99: round(d.p99) },
    relayed: { p50: round(r.p50), p99: round(r.p99) },
    added: { p50: round(r.p50 - d.p50), p99: round(r.p99 - d.p99) },
    inRelay: { p50: round(inRelay.p50), p99: round(inRelay.p99) },
    relayCpuUs: Math.round(inRelay.cpuUs),
    errors: direct.errors + relayed.errors,
  };
}

/** Runs the whole bench (about 30 s) and returns its figures. */
export async function runRelayBench(
  options: {
    concurrencies?: number[];
    requestsPerLevel?: number;
    fixedRps?: number;
    fixedSeconds?: number;
  } = {},
): Promise<RelayBenchResult> {
  const concurrencies = options.concurrencies ?? [1, 10, 50, 100];
  const perLevel = options.requestsPerLevel ?? 2000;
  const fixedRps = options.fixedRps ?? 1000;
  const fixedSeconds = options.fixedSeconds ?? 5;
  const upstream = await startChild(['--bench-role=upstream']);
  const relay = await startChild(['--bench-role=relay', `http://127.0.0.1:${upstream.port}`]);
  try {
    const direct: Target = {
      port: upstream.port,
      path: refreshPath,
      headers: { authorization: basic, 'content-length': '0' },
      body: '',
    };
    const relayed: Target = {
      port: relay.port,
      path: '/oauth/enphase/refresh',
      headers: { 'content-type': 'application/json', 'content-length': String(relayBody.length) },
      body: relayBody,
    };
    // Warm both paths (JIT, sockets) before measuring.
    await alternate(1, (t, a) => closedLoop(t, a, 10, 500, 2000), direct, relayed, 10);
    await inRelayReport(relay.child);

    const slices = 6;
    const closed: ConcurrencyRow[] = [];
    for (const concurrency of concurrencies) {
      const { direct: d, relayed: r } = await alternate(
        slices,
        (t, a) => closedLoop(t, a, concurrency, Math.ceil(perLevel / slices), 4000 / slices),
        direct,
        relayed,
        concurrency,
      );
      closed.push({ concurrency, ...row(d, r, await inRelayReport(relay.child)) });
    }
    const fixedSlices = Math.max(1, Math.round(fixedSeconds * 2));
    const { direct: d, relayed: r } = await alternate(
      fixedSlices,
      (t, a) => fixedRate(t, a, fixedRps, fixedSeconds / fixedSlices),
      direct,
      relayed,
      256,
    );
    const fixed: FixedRateRow = {
      targetRps: fixedRps,
      seconds: fixedSeconds,
      ...row(d, r, await inRelayReport(relay.child)),
    };
    const targetMet =
      fixed.errors === 0 && fixed.relayRps >= fixedRps * 0.95 && fixed.added.p99 < targetP99AddedMs;
    const handlerTargetMet = fixed.errors === 0 && fixed.inRelay.p99 < targetP99AddedMs;
    return { closedLoop: closed, fixedRate: fixed, targetP99AddedMs, targetMet, handlerTargetMet };
  } finally {
    relay.child.disconnect();
    upstream.child.disconnect();
  }
}

function printResult(result: RelayBenchResult): void {
  const ms = (p: Percentiles) => `${p.p50.toFixed(2)} / ${p.p99.toFixed(2)}`;
  console.log(
    'Relay load (loopback; Enphase refresh; client, relay and token endpoint in separate processes)',
  );
  console.log(
    'conc   direct req/s  relay req/s  direct p50/p99 ms  relayed p50/p99 ms  added p50/p99 ms  in-relay p50/p99 ms  relay CPU µs/req  errors',
  );
  for (const line of result.closedLoop) {
    console.log(
      `${String(line.concurrency).padStart(4)}   ${String(line.directRps).padStart(12)}  ${String(line.relayRps).padStart(11)}  ${ms(line.direct).padStart(17)}  ${ms(line.relayed).padStart(18)}  ${ms(line.added).padStart(16)}  ${ms(line.inRelay).padStart(19)}  ${String(line.relayCpuUs).padStart(16)}  ${line.errors}`,
    );
  }
  const f = result.fixedRate;
  console.log(
    `\nFixed rate ${f.targetRps} req/s for ${f.seconds} s: relay served ${f.relayRps} req/s (${f.requests} requests, ${f.errors} errors)`,
  );
  console.log(`  direct p50/p99 ${ms(f.direct)} ms, relayed ${ms(f.relayed)} ms`);
  console.log(
    `  the relay adds p50 ${f.added.p50.toFixed(2)} ms, p99 ${f.added.p99.toFixed(2)} ms (in-relay handler p99 ${f.inRelay.p99.toFixed(2)} ms; relay CPU ${f.relayCpuUs} µs per request)`,
  );
  console.log(
    `Target p99 added < ${result.targetP99AddedMs} ms at ${f.targetRps} req/s, end to end (relayed minus direct): ${result.targetMet ? 'MET' : 'NOT MET'}`,
  );
  console.log(
    `Target p99 added < ${result.targetP99AddedMs} ms at ${f.targetRps} req/s, inside the relay handler: ${result.handlerTargetMet ? 'MET' : 'NOT MET'}`,
  );
  if (!result.targetMet) {
    console.log(
      `  (at ${f.relayCpuUs} µs of relay CPU per request, ${f.targetRps} req/s needs ${((f.relayCpuUs * f.targetRps) / 1e6).toFixed(2)} of this machine's 2 cores for the relay alone, besides the load generator, the token endpoint and any other work running here)`,
    );
  }
}

const role = process.argv
  .find((arg) => arg.startsWith('--bench-role='))
  ?.slice('--bench-role='.length);
if (role === 'upstream') {
  void runUpstreamChild();
} else if (role === 'relay') {
  void runRelayChild(process.argv.at(-1) ?? '');
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  runRelayBench()
    .then((result) => {
      printResult(result);
      console.log(`(bench took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
