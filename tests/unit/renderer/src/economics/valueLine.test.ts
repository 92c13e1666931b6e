import { describe, expect, it } from 'vitest';
import { savingsText } from '../../../../../renderer/src/economics/valueLine';

describe('savingsText', () => {
  it.each([
    [{ wh: 12_000, savings: 3.6, co2Kg: 5 }, '$3.60'],
    // Produced, but no price: no "$0.00" saving.
    [{ wh: 12_000, savings: 0, co2Kg: 5 }, null],
    // Nothing produced: nothing saved is the truth.
    [{ wh: 0, savings: 0, co2Kg: 0 }, '$0.00'],
  ])('%o → %s', (totals, expected) => {
    expect(savingsText({ totals, currency: 'USD' })).toBe(expected);
  });
});
