/**
 * The API's errors as RFC 7807 problem documents (`application/problem+json`): the app reads
 * `status`, `title` and `detail`, so every refusal the emulator makes goes through here.
 */

/** One problem document. */
export interface Problem {
  status: number;
  title: string;
  detail: string;
}

const TYPE_BASE = 'https://monitoringapi.solaredge.com/problems/';

/** The problem as a response, with any extra headers (retry-after, rate-limit counters). */
export function problemResponse(
  problem: Problem,
  instance: string,
  headers: Record<string, string> = {},
): Response {
  const slug = problem.title.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const body = { type: `${TYPE_BASE}${slug}`, ...problem, instance: instance.slice(0, 200) };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', ...headers },
  });
}

/** No key and no token, or one the API does not know (or a revoked or expired grant). */
export const unauthorized: Problem = {
  status: 401,
  title: 'Unauthorized',
  detail: 'The API key or access token is missing, invalid or expired.',
};

/** A credential that may not read this resource. */
export function forbidden(detail: string): Problem {
  return { status: 403, title: 'Forbidden', detail };
}

/** A site the API does not have. */
export function siteNotFound(rawId: string): Problem {
  return { status: 404, title: 'Not Found', detail: `Site ${rawId.slice(0, 20)} was not found.` };
}

/** A path V2 does not have. */
export const routeNotFound: Problem = {
  status: 404,
  title: 'Not Found',
  detail: 'No such resource.',
};

/** A malformed or over-long request. */
export function badRequest(detail: string): Problem {
  return { status: 400, title: 'Bad Request', detail };
}

/** The retired V1 API. */
export const v1Gone: Problem = {
  status: 410,
  title: 'Gone',
  detail: 'Monitoring API V1 was retired. Use Monitoring API V2 (/v2) with a V2 API key.',
};

/** Per-minute credits used up: wait `retry-after`. */
export const minuteLimit: Problem = {
  status: 429,
  title: 'Too Many Requests',
  detail: 'The per-minute credit limit was reached.',
};

/** The month's credits are gone: no `retry-after` helps before the month turns. */
export const monthLimit: Problem = {
  status: 429,
  title: 'Too Many Requests',
  detail: 'The monthly credit allowance is exhausted.',
};

/** The transient server error clients must retry later. */
export const serverError: Problem = {
  status: 500,
  title: 'Internal Server Error',
  detail: 'Data is temporarily unavailable.',
};
