import { describe, expect, it } from 'vitest';
import type { Budget } from '../../../../shared/domain';
import { QuotaBook, type MeteredProvider } from '../../../../electron/quota/book';
import type { RequestPacer } from '../../../../electron/providers/pacer';

const pacer: RequestPacer = { acquire: () => Promise.resolve(), holdUntil: () => undefined };
const limitReached = new Error('limit reached');

function entry(id: string, extra: Partial<MeteredProvider> = {}): MeteredProvider {
  return {
    id,
    pacer: null,
    intervalSeconds: () => 600,
    invalidate: () => undefined,
    budget: () => ({ provider: id }) as Budget,
    close: () => undefined,
    ...extra,
  };
}

function book(connected: readonly string[] = ['paced', 'billed']) {
  let stopped = 0;
  let forgotten = 0;
  const metered = [
    entry('paced', { pacer, close: () => void (stopped += 1) }),
    entry('billed', {
      mayCall: () => limitReached,
      intervalSeconds: () => 1800,
      invalidate: () => void (forgotten += 1),
    }),
  ];
  const quotas = new QuotaBook(
    metered,
    (id) => connected.includes(id),
    () => 300,
  );
  return { quotas, stopped: () => stopped, forgotten: () => forgotten };
}

describe('QuotaBook', () => {
  it.each([
    ['paced', pacer, null, 600],
    ['billed', null, limitReached, 1800],
    ['demo', null, null, 300],
  ])('gives %s its pacer, its spending check and its interval', (id, wantPacer, refusal, s) => {
    const { quotas } = book();
    expect(quotas.pacerFor(id)).toBe(wantPacer);
    expect(quotas.guardFor(id)?.() ?? null).toBe(refusal);
    expect(quotas.intervalSeconds(id)).toBe(s);
  });

  it('shows the budgets of connected providers only, and reaches every entry', () => {
    const { quotas, stopped, forgotten } = book(['billed']);
    expect(quotas.budgets().map((b) => b.provider)).toEqual(['billed']);
    quotas.invalidate();
    quotas.close();
    expect([forgotten(), stopped()]).toEqual([1, 1]);
  });
});
