import { describe, expect, it } from 'vitest';
import {
  rowsAround,
  rowKeyTarget,
  visibleRows,
} from '../../../../../renderer/src/model/virtualRows';

const base = { viewportHeight: 800, rowHeight: 50, count: 1_000, overscan: 5 };

describe('visibleRows', () => {
  it.each([
    // The body starts 300 px down: rows 0–10 reach the window's bottom, plus 5 below.
    { bodyTop: 300, expected: { start: 0, end: 15 } },
    // Scrolled 1,000 px into the body: rows 20–36 are on screen, 5 more on each side.
    { bodyTop: -1_000, expected: { start: 15, end: 41 } },
    // At the very end nothing past the last row is asked for.
    { bodyTop: -49_500, expected: { start: 985, end: 1_000 } },
    // The body is below the window: only the overscan margin is rendered (nothing shown).
    { bodyTop: 2_000, expected: { start: 0, end: 0 } },
    // Scrolled past the whole body.
    { bodyTop: -60_000, expected: { start: 1_000, end: 1_000 } },
  ])('body at $bodyTop px renders rows $expected.start–$expected.end', ({ bodyTop, expected }) => {
    expect(visibleRows({ ...base, bodyTop })).toEqual(expected);
  });

  it('renders nothing for an empty table or rows of no height', () => {
    expect(visibleRows({ ...base, bodyTop: 0, count: 0 })).toEqual({ start: 0, end: 0 });
    expect(visibleRows({ ...base, bodyTop: 0, rowHeight: 0 })).toEqual({ start: 0, end: 0 });
  });

  it('renders a small fleet whole', () => {
    expect(visibleRows({ ...base, bodyTop: 200, count: 8 })).toEqual({ start: 0, end: 8 });
  });
});

describe('rowsAround', () => {
  it.each([
    // A jump to the last row renders the page above it and nothing past the end.
    { index: 999, expected: { start: 979, end: 1_000 } },
    { index: 0, expected: { start: 0, end: 21 } },
    { index: 500, expected: { start: 480, end: 521 } },
    // An index past the end is taken as the last row.
    { index: 5_000, expected: { start: 979, end: 1_000 } },
  ])('around row $index: $expected.start–$expected.end', ({ index, expected }) => {
    expect(rowsAround(index, 1_000, 15, 5)).toEqual(expected);
  });

  it('is empty for an empty table', () => {
    expect(rowsAround(3, 0, 15, 5)).toEqual({ start: 0, end: 0 });
  });
});

describe('rowKeyTarget', () => {
  it.each([
    ['ArrowDown', 5, 6],
    ['ArrowUp', 5, 4],
    ['ArrowUp', 0, 0],
    ['ArrowDown', 99, 99],
    ['PageDown', 5, 15],
    ['PageDown', 95, 99],
    ['PageUp', 5, 0],
    ['Home', 50, 0],
    ['End', 5, 99],
    ['Enter', 5, null],
    ['a', 5, null],
  ])('%s from row %i goes to %s', (key, from, to) => {
    expect(rowKeyTarget(key, from, 100, 10)).toBe(to);
  });

  it('has nowhere to go in an empty table', () => {
    expect(rowKeyTarget('ArrowDown', 0, 0, 10)).toBeNull();
  });
});
