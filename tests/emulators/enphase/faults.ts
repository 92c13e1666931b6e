/**
 * Faults a test injects on purpose: a 500 the app must retry, a malformed body it must not
 * crash on, a slow answer it must time out. Each rule matches request paths and fires a given
 * number of times, oldest rule first.
 */
import { temporarilyUnavailable } from './errors';

/** What to do to matching requests. */
export interface FaultSpec {
  /** A RegExp tested on the path, or a substring of it; every path when absent. */
  path?: RegExp | string;
  /** Status to answer with; absent with no `malformed`: only delay, then answer normally. */
  status?: number;
  /** JSON body; for 500 the doc's `{"errorCode":7,…}` by default, else `{}`. */
  body?: unknown;
  /** How many matching requests it affects (default 1). */
  times?: number;
  /** Answer with truncated JSON (status `status` or 200). */
  malformed?: boolean;
  /** Wait this long before answering (ms). */
  delayMs?: number;
}

/** The answer a fault produces, or `null` body to let the request through after the delay. */
export interface FaultOutcome {
  delayMs: number;
  reply: { status: number; text: string } | null;
}

interface Rule extends FaultSpec {
  remaining: number;
}

/** Raised for a fault that could never fire or never answer. */
export class InvalidFaultError extends Error {
  override name = 'InvalidFaultError';
}

/** The pending faults. */
export class FaultQueue {
  private rules: Rule[] = [];

  /** Adds a rule. */
  add(spec: FaultSpec): void {
    const times = spec.times ?? 1;
    if (!(Number.isInteger(times) && times >= 1)) throw new InvalidFaultError('times must be ≥ 1');
    if (spec.status !== undefined && !(spec.status >= 100 && spec.status <= 599)) {
      throw new InvalidFaultError(`Not an HTTP status: ${spec.status}`);
    }
    const delay = spec.delayMs ?? 0;
    if (!(delay >= 0 && delay <= 120_000)) throw new InvalidFaultError('delayMs must be 0–120000');
    this.rules.push({ ...spec, remaining: times });
  }

  /** Consumes one firing of the first rule matching `path`, if any. */
  take(path: string): FaultOutcome | null {
    const index = this.rules.findIndex((rule) => matches(rule.path, path));
    if (index < 0) return null;
    const rule = this.rules[index]!;
    rule.remaining -= 1;
    if (rule.remaining <= 0) this.rules.splice(index, 1);
    return { delayMs: rule.delayMs ?? 0, reply: replyOf(rule) };
  }

  /** Drops every pending rule. */
  clear(): void {
    this.rules = [];
  }

  /** How many rules are still armed. */
  pending(): number {
    return this.rules.length;
  }
}

function matches(pattern: RegExp | string | undefined, path: string): boolean {
  if (pattern === undefined) return true;
  if (typeof pattern === 'string') return path.includes(pattern);
  pattern.lastIndex = 0;
  return pattern.test(path);
}

function replyOf(rule: Rule): FaultOutcome['reply'] {
  if (rule.malformed)
    return { status: rule.status ?? 200, text: '{"system_id":1,"intervals":[{"end_' };
  if (rule.status === undefined) return null;
  const body =
    rule.body !== undefined ? rule.body : rule.status === 500 ? temporarilyUnavailable.body : {};
  return { status: rule.status, text: JSON.stringify(body) };
}
