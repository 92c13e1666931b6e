import { describe, expect, it } from 'vitest';
import { rovingTarget } from '../../../../../renderer/src/model/roving';

describe('rovingTarget', () => {
  it.each([
    ['ArrowRight', 0, 5, 1],
    ['ArrowDown', 3, 5, 4],
    ['ArrowRight', 4, 5, 0],
    ['ArrowLeft', 2, 5, 1],
    ['ArrowUp', 0, 5, 4],
    ['ArrowLeft', 0, 1, 0],
    ['Home', 3, 5, 0],
    ['End', 1, 5, 4],
    ['Tab', 1, 5, null],
    ['Enter', 1, 5, null],
    ['a', 1, 5, null],
    ['ArrowRight', 0, 0, null],
  ] as const)('%s from %i of %i goes to %s', (key, index, count, expected) => {
    expect(rovingTarget(key, index, count)).toBe(expected);
  });
});
