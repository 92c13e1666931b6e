/**
 * The relay bench's load generator: closed-loop and fixed-rate HTTP clients over keep-alive
 * agents, and the slicing that alternates the direct and relayed paths on a shared machine.
 */
import { request as httpRequest, Agent } from 'node:http';

/** Where one request goes. */
export interface Target {
  port: number;
  path: string;
  headers: Record<string, string>;
  body: string;
}

/** One POST; resolves its latency and whether it answered 200 (never rejects). */
export function send(agent: Agent, target: Target): Promise<{ ms: number; ok: boolean }> {
  const started = performance.now();
  return new Promise((resolve) => {
    const req = httpRequest(
      {
        agent,
        host: '127.0.0.1',
        port: target.port,
        path: target.path,
        method: 'POST',
        headers: target.headers,
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({ ms: performance.now() - started, ok: res.statusCode === 200 }),
        );
      },
    );
    req.on('error', () => resolve({ ms: performance.now() - started, ok: false }));
    req.end(target.body);
  });
}

/** The latencies of one run. */
export interface RunResult {
  samples: number[];
  errors: number;
  /** Wall time the run took, for throughput. */
  seconds: number;
}

const emptyRun = (): RunResult => ({ samples: [], errors: 0, seconds: 0 });

function merge(into: RunResult, run: RunResult): void {
  into.samples.push(...run.samples);
  into.errors += run.errors;
  into.seconds += run.seconds;
}

/** Requests per second of a run (errors included). */
export const rpsOf = (run: RunResult) =>
  (run.samples.length + run.errors) / Math.max(run.seconds, 1e-9);

/** Closed loop: `concurrency` callers, each sending its next request when the last one returns. */
export async function closedLoop(
  target: Target,
  agent: Agent,
  concurrency: number,
  total: number,
  maxMs: number,
): Promise<RunResult> {
  const run = emptyRun();
  let issued = 0;
  const started = performance.now();
  const deadline = started + maxMs;
  const worker = async () => {
    while (issued < total && performance.now() < deadline) {
      issued += 1;
      const { ms, ok } = await send(agent, target);
      if (ok) run.samples.push(ms);
      else run.errors += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

/** Open loop: requests are started on schedule, whether or not earlier ones have returned. */
export async function fixedRate(
  target: Target,
  agent: Agent,
  rps: number,
  seconds: number,
): Promise<RunResult> {
  const run = emptyRun();
  const total = Math.round(rps * seconds);
  const inFlight: Promise<void>[] = [];
  const started = performance.now();
  let issued = 0;
  while (issued < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rps));
    for (; issued < due; issued += 1) {
      inFlight.push(
        send(agent, target).then(({ ms, ok }) => {
          if (ok) run.samples.push(ms);
          else run.errors += 1;
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  await Promise.all(inFlight);
  run.seconds = (performance.now() - started) / 1000;
  return run;
}

/**
 * Runs the direct and the relayed path in alternating slices, so a burst of unrelated load on
 * this shared machine hits both alike and cancels out of the difference.
 */
export async function alternate(
  slices: number,
  runSlice: (target: Target, agent: Agent) => Promise<RunResult>,
  direct: Target,
  relayed: Target,
  agentSockets: number,
): Promise<{ direct: RunResult; relayed: RunResult }> {
  const agents = [direct, relayed].map(
    () => new Agent({ keepAlive: true, maxSockets: agentSockets }),
  );
  const [directAgent, relayAgent] = agents as [Agent, Agent];
  const totals = { direct: emptyRun(), relayed: emptyRun() };
  for (let slice = 0; slice < slices; slice += 1) {
    merge(totals.direct, await runSlice(direct, directAgent));
    merge(totals.relayed, await runSlice(relayed, relayAgent));
  }
  for (const agent of agents) agent.destroy();
  return totals;
}
