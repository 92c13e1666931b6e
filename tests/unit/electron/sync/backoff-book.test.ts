import { describe, expect, it } from 'vitest';
import { BackoffBook } from '../../../../electron/sync/backoff-book';
import { said } from '../../../harness/said';

const policy = { baseSeconds: 30, maxSeconds: 3600, jitter: 0 };

describe('BackoffBook', () => {
  it('makes a failing site wait longer each time and forgets it after a success', () => {
    const book = new BackoffBook(policy, () => 0);
    expect(book.fail('a', 1000, said('A: down.'))).toEqual({ failures: 1, retryAt: 1030 });
    expect(book.fail('a', 1030, said('A: down.'))).toEqual({ failures: 2, retryAt: 1090 });
    expect(book.retryAt('a')).toBe(1090);
    book.succeed('a');
    expect(book.retryAt('a')).toBeNull();
    expect(book.fail('a', 2000, said('A: down.'))).toEqual({ failures: 1, retryAt: 2030 });
  });

  it('keeps sites apart', () => {
    const book = new BackoffBook(policy, () => 0);
    book.fail('a', 1000, said('A: down.'));
    expect(book.retryAt('b')).toBeNull();
  });

  it('waits for the instant a provider asked for when that is later (429 period_end)', () => {
    const book = new BackoffBook(policy, () => 0);
    expect(book.fail('a', 1000, said('x'), { notBefore: 5000 }).retryAt).toBe(5000);
    expect(book.fail('b', 1000, said('x'), { notBefore: 900 }).retryAt).toBe(1030);
  });

  it('a clock set back 6 hours does not stretch a wait by 6 hours', () => {
    const book = new BackoffBook(policy, () => 0);
    const failedAt = 100_000;
    book.fail('backoff', failedAt, said('x'));
    book.fail('quota', failedAt, said('x'), { notBefore: failedAt + 600 });
    const back = failedAt + 5 - 6 * 3600;
    expect(book.retryAt('backoff', back)! - back).toBeLessThanOrEqual(30);
    expect(book.retryAt('quota', back)! - back).toBeLessThanOrEqual(600);
    // Time then passes normally on the corrected clock: the wait ends when it should.
    expect(book.retryAt('quota', back + 600)).toBeLessThanOrEqual(back + 600);
  });

  it('waits the longest for failures a retry cannot fix', () => {
    const book = new BackoffBook(policy, () => 0);
    expect(book.fail('a', 1000, said('x'), { longest: true }).retryAt).toBe(4600);
  });

  it('reports the newest failure still in effect, and nothing once all recovered', () => {
    const book = new BackoffBook(policy, () => 0);
    expect(book.latestMessage()).toBeNull();
    book.fail('a', 1000, said('A: down.'));
    book.fail('b', 1010, said('B: down.'));
    expect(book.latestMessage()).toBe('B: down.');
    book.succeed('b');
    expect(book.latestMessage()).toBe('A: down.');
    book.succeed('a');
    expect(book.latestMessage()).toBeNull();
  });
});
