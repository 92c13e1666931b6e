import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../../electron/providers/provider';
import { RefreshTimes } from '../../../../electron/sync/refresh-times';

const provider = (id: Provider['id'], connectionId: string | null): Provider =>
  ({ id, connectionId }) as unknown as Provider;

describe('RefreshTimes', () => {
  const demo = provider('demo', null);
  const enphase = provider('enphase', 'conn-a');
  const times = () => new RefreshTimes((p) => (p === 'demo' ? 60 : 1800));

  it.each([
    ['never listed', null, 1000, true],
    ['listed just now', 1000, 1000, false],
    ['one second short of its interval (timer rounding)', 1000, 2799, true],
    ['two seconds short', 1000, 2798, false],
    ['past its interval', 1000, 5000, true],
    ['listed "in the future" (clock set back)', 9000, 1000, true],
  ])('a connection %s is due: %s', (_name, listedAt, now, due) => {
    const book = times();
    if (listedAt !== null) book.listed(enphase, listedAt);
    expect(book.isDue(enphase, now)).toBe(due);
  });

  it('names the first due instant across providers, now for a new connection', () => {
    const book = times();
    expect(book.nextDue([], 1000)).toBeNull();
    book.listed(demo, 1000);
    book.listed(enphase, 1000);
    expect(book.nextDue([demo, enphase], 1010)).toBe(1060);
    expect(book.nextDue([enphase], 1010)).toBe(2800);
    expect(book.nextDue([enphase, provider('enphase', 'conn-b')], 1010)).toBe(1010);
    book.forget('enphase|conn-a');
    expect(book.isDue(enphase, 1010)).toBe(true);
  });
});
