import { describe, expect, it } from 'vitest';
import { ReauthRequiredError, UnavailableError } from '../../../../electron/errors';
import {
  errorNameOf,
  needsReauth,
  retryAtOf,
  safeMessageOf,
  statusOf,
} from '../../../../electron/sync/failure';
import { said } from '../../../harness/said';

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAt?: number,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const leaky = new HttpError(503, 'GET https://api.example/systems?key=SECRET123 failed');

describe('what the scheduler takes from a provider error', () => {
  it.each<[unknown, number]>([
    [leaky, 503],
    [new HttpError(429, 'x'), 429],
    [{ status: 404 }, 404],
    [{ status: '500' }, 0],
    [{ status: 99 }, 0],
    [{ status: 200.5 }, 0],
    [new TypeError('fetch failed'), 0],
    [null, 0],
    ['boom', 0],
  ])('status of %j is %i', (error, status) => {
    expect(statusOf(error)).toBe(status);
  });

  it.each<[unknown, number | null]>([
    [new HttpError(429, 'x', 1_751_328_060), 1_751_328_060],
    [new HttpError(429, 'x', 1_751_328_060.2), 1_751_328_061],
    [{ retryAt: Number.POSITIVE_INFINITY }, null],
    [{ retryAt: '1751328060' }, null],
    [leaky, null],
  ])('retryAt of %j is %j', (error, retryAt) => {
    expect(retryAtOf(error)).toBe(retryAt);
  });

  it.each<[unknown, string]>([
    [leaky, 'the service answered with HTTP 503'],
    [
      new UnavailableError(said('Enphase is down for maintenance')),
      'Enphase is down for maintenance',
    ],
    [new TypeError('fetch failed: https://x/?token=abc'), 'the service could not be reached'],
    [Object.assign(new Error('t'), { name: 'TimeoutError' }), 'the request timed out'],
    ['a string', 'the service could not be reached'],
  ])('a safe message for %s is "%s"', (error, message) => {
    expect(safeMessageOf(error)).toBe(message);
    expect(safeMessageOf(error)).not.toMatch(/SECRET|token|key=/);
  });

  it('names errors by class for logs, never by message', () => {
    expect(errorNameOf(leaky)).toBe('HttpError');
    expect(errorNameOf('x')).toBe('string');
  });

  it('knows when only the owner signing in again can help', () => {
    expect(needsReauth(new ReauthRequiredError('conn-1'))).toBe(true);
    expect(needsReauth(new HttpError(401, 'Not Authorized'))).toBe(false);
  });
});
