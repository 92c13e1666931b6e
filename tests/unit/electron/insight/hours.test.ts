import { describe, expect, it } from 'vitest';
import { hourBuckets, hourRatio } from '../../../../electron/insight/hours';

const H = 3600;
/** Two hours of 5-minute expected values of 10 Wh each. */
const expected = Array.from({ length: 24 }, (_, i) => ({ endAt: (i + 1) * 300, wh: 10 }));

describe('hour buckets', () => {
  it.each([
    ['nothing reported yet', [], null, [0, 0], [0, 0]],
    [
      'first hour fully reported',
      expected.slice(0, 12).map((e) => ({ ...e, wh: 8 })),
      H,
      [96, 0],
      [H, 0],
    ],
    [
      'missing intervals inside the reported span are zeros',
      [{ endAt: 300, wh: 10 }],
      H / 2,
      [10, 0],
      [H / 2, 0],
    ],
  ])('%s', (_n, actual, until, actualWh, reported) => {
    const buckets = hourBuckets(expected, actual, until, 300);
    expect(buckets.map((b) => b.start)).toEqual([0, H]);
    expect(buckets.map((b) => b.fullExpectedWh)).toEqual([120, 120]);
    expect(buckets.map((b) => b.actualWh)).toEqual(actualWh);
    expect(buckets.map((b) => b.reportedSeconds)).toEqual(reported);
  });

  it.each([
    [
      'enough reported',
      { start: 0, actualWh: 30, expectedWh: 60, fullExpectedWh: 120, reportedSeconds: 1800 },
      0.5,
    ],
    [
      'too little reported',
      { start: 0, actualWh: 30, expectedWh: 60, fullExpectedWh: 120, reportedSeconds: 900 },
      null,
    ],
    [
      'nothing expected (night)',
      { start: 0, actualWh: 0, expectedWh: 0, fullExpectedWh: 0, reportedSeconds: H },
      null,
    ],
  ])('ratio: %s', (_n, bucket, ratio) => {
    expect(hourRatio(bucket, 1800)).toBe(ratio);
  });
});
