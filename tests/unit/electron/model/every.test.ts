import { describe, expect, it } from 'vitest';
import { describeEvery } from '../../../../electron/model/every';
import { germanWords } from '../../../harness/german-words';

describe('describeEvery', () => {
  it.each([
    [60, 'every minute'],
    [30, 'every 30 s'],
    [90, 'every 90 s'],
    [120, 'every 2 min'],
    [900, 'every 15 min'],
    [2700, 'every 45 min'],
    [3600, 'every hour'],
    [5400, 'every 90 min'],
    [7200, 'every 2 h'],
    [9000, 'every 150 min'],
    [86_400, 'every 24 h'],
    [0, 'every 1 s'],
  ])('%i s reads "%s"', (seconds, text) => {
    expect(describeEvery(seconds)).toBe(text);
  });

  it.each([
    [60, 'jede Minute'],
    [30, 'alle 30 s'],
    [3600, 'stündlich'],
    [5400, 'alle 90 min'],
    [7200, 'alle 2 h'],
  ])('%i s reads "%s" in German', (seconds, text) => {
    expect(describeEvery(seconds, germanWords)).toBe(text);
  });
});
