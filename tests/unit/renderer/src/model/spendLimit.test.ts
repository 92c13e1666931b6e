import { describe, expect, it } from 'vitest';
import { parseSpendLimit } from '../../../../../renderer/src/model/spendLimit';

describe('parseSpendLimit', () => {
  it.each([
    ['10', 10],
    [' $12.50 ', 12.5],
    ['7,5', 7.5],
    ['0', 0],
    ['10000', 10_000],
  ])('reads %j as $%d', (text, value) => {
    expect(parseSpendLimit(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['', /amount in dollars/],
    ['ten', /amount in dollars/],
    ['-1', /amount in dollars/],
    ['1.234', /amount in dollars/],
    ['10001', /at most \$10,000/],
  ])('refuses %j with a sentence', (text, message) => {
    const result = parseSpendLimit(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
