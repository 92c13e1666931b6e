/**
 * How long a failing site waits before its next attempt: exponential growth so a broken site
 * costs few calls, a cap so it recovers within the hour, and jitter so many sites that failed
 * together (an outage) do not all retry in the same second.
 */

/** The knobs of the backoff curve. */
export interface BackoffPolicy {
  /** Wait after the first failure (s). */
  baseSeconds: number;
  /** Longest wait, however many failures (s). */
  maxSeconds: number;
  /** Share of each wait that is random (0 = fixed waits, 1 = anywhere from 0 to the full wait). */
  jitter: number;
}

/** 30 s, 1 min, 2 min… up to an hour, each somewhere in its upper half. */
export const defaultBackoff: BackoffPolicy = { baseSeconds: 30, maxSeconds: 3600, jitter: 0.5 };

/** The un-jittered wait after `failures` consecutive failures (s). */
export function backoffCeiling(failures: number, policy: BackoffPolicy = defaultBackoff): number {
  const attempt = Math.max(1, Math.floor(Number.isFinite(failures) ? failures : 1));
  // Exponent capped so 2 ** n stays finite for absurd counts.
  const grown = policy.baseSeconds * 2 ** Math.min(attempt - 1, 40);
  return Math.min(policy.maxSeconds, grown);
}

/**
 * The wait after `failures` consecutive failures (whole seconds), in
 * [ceiling × (1 − jitter), ceiling]. `random` is injectable so tests can pin the jitter.
 */
export function backoffDelay(
  failures: number,
  policy: BackoffPolicy = defaultBackoff,
  random: () => number = Math.random,
): number {
  const ceiling = backoffCeiling(failures, policy);
  const jitter = Math.min(1, Math.max(0, policy.jitter));
  const raw = random();
  const draw = Number.isFinite(raw) ? Math.min(1, Math.max(0, raw)) : 1;
  return Math.max(1, Math.ceil(ceiling * (1 - jitter + jitter * draw)));
}
