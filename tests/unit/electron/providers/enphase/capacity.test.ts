import { describe, expect, it } from 'vitest';
import {
  CapacityBook,
  CAPACITY_RETRY_SECONDS,
  CAPACITY_TTL_SECONDS,
} from '../../../../../electron/providers/enphase/capacity';

describe('CapacityBook', () => {
  it('asks once for an unknown system, then not again for a week', () => {
    const book = new CapacityBook();
    expect(book.due('1', 1000)).toBe(true);
    book.learned('1', 98_400, 1000);
    expect(book.known('1')).toBe(98_400);
    expect(book.due('1', 1000 + 86_400)).toBe(false);
    expect(book.due('1', 1000 + CAPACITY_TTL_SECONDS)).toBe(true);
  });

  it('after a failure keeps what it knew and waits a day, or until a quota resets', () => {
    const book = new CapacityBook();
    book.learned('1', 5_000, 0);
    book.failed('1', CAPACITY_TTL_SECONDS);
    expect(book.known('1')).toBe(5_000);
    expect(book.due('1', CAPACITY_TTL_SECONDS + CAPACITY_RETRY_SECONDS - 1)).toBe(false);
    expect(book.due('1', CAPACITY_TTL_SECONDS + CAPACITY_RETRY_SECONDS)).toBe(true);
    book.failed('2', 0, 30 * 86_400);
    expect(book.due('2', 29 * 86_400)).toBe(false);
  });

  it.each([[0], [-1], [null]])('treats a size of %j as no answer', (size) => {
    const book = new CapacityBook();
    book.learned('1', size, 0);
    expect(book.known('1')).toBeNull();
    expect(book.due('1', CAPACITY_RETRY_SECONDS)).toBe(true);
  });
});
