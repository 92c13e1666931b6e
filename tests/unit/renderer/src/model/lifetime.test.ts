import { describe, expect, it } from 'vitest';
import { lifetimeCoverage } from '../../../../../renderer/src/model/lifetime';

describe('lifetimeCoverage', () => {
  it.each([
    ['2025-10-14', 'cached history since Tue, Oct 14, 2025'],
    [null, 'no history cached yet'],
  ])('%s → %s', (firstDate, text) => {
    expect(lifetimeCoverage(firstDate)).toBe(text);
  });
});
