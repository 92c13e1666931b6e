import { describe, expect, it } from 'vitest';
import { setFormatLocale } from '../../../../../shared/format';
import { draftOf, parseDecimal, parseRates } from '../../../../../renderer/src/model/ratesForm';

describe('parseDecimal', () => {
  it.each([
    { text: '0.28', field: 'price', expected: { ok: true, value: 0.28 } },
    { text: ' 0,28 ', field: 'price', expected: { ok: true, value: 0.28 } },
    { text: '', field: 'price', expected: { ok: true, value: undefined } },
    {
      text: '-1',
      field: 'feedIn',
      expected: { ok: false, message: 'The feed-in price must be a number.' },
    },
    {
      text: '1e3',
      field: 'price',
      expected: { ok: false, message: 'The electricity price must be a number.' },
    },
    {
      text: '101',
      field: 'sharePercent',
      expected: { ok: false, message: 'The self-consumption share must be at most 100.' },
    },
    {
      text: '2.5',
      field: 'factor',
      expected: { ok: false, message: 'The emission factor must be at most 2.' },
    },
  ] as const)('$field "$text"', ({ text, field, expected }) => {
    expect(parseDecimal(text, field)).toEqual(expected);
  });
});

describe('parseRates', () => {
  it('turns percent into a share and leaves blanks out', () => {
    expect(parseRates({ price: '0,3', feedIn: '', sharePercent: '70', factor: '' }, [])).toEqual({
      ok: true,
      value: { electricityPrice: 0.3, selfConsumptionShare: 0.7 },
    });
  });
  it('requires the fleet default’s fields and reports every bad field at once', () => {
    expect(
      parseRates({ price: '', feedIn: 'abc', sharePercent: '50', factor: '' }, [
        'price',
        'feedIn',
        'sharePercent',
      ]),
    ).toEqual({
      ok: false,
      errors: {
        price: 'The electricity price is needed.',
        feedIn: 'The feed-in price must be a number.',
      },
    });
  });
  it('round-trips stored values through a draft', () => {
    const stored = {
      electricityPrice: 0.31,
      feedInPrice: 0.082,
      selfConsumptionShare: 0.655,
      emissionFactorKgPerKwh: 0.4,
    };
    expect(parseRates(draftOf(stored), [])).toEqual({ ok: true, value: stored });
  });
  it('writes a German draft with decimal commas, and reads it back', () => {
    const stored = { electricityPrice: 0.31, selfConsumptionShare: 0.655 };
    setFormatLocale('de-DE');
    try {
      expect(draftOf(stored)).toMatchObject({ price: '0,31', sharePercent: '65,5' });
      expect(parseRates(draftOf(stored), [])).toEqual({ ok: true, value: stored });
    } finally {
      setFormatLocale('en-US');
    }
  });
});
