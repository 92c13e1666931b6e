import { describe, expect, it } from 'vitest';
import { lttb, minMaxPerBucket } from '../../../shared/downsample';

interface P {
  x: number;
  y: number;
}
const x = (p: P) => p.x;
const y = (p: P) => p.y;

/** A clear-sky-like day: 288 five-minute points with a bell of power. */
function dayCurve(n = 288): P[] {
  return Array.from({ length: n }, (_, i) => ({
    x: i * 300,
    y: Math.max(0, Math.sin(((i - 72) / 144) * Math.PI)) * 5000,
  }));
}

/** Flat series with one spike, the case a naive stride sampler drops. */
function spike(n: number, at: number, height: number): P[] {
  return Array.from({ length: n }, (_, i) => ({ x: i, y: i === at ? height : 10 }));
}

function isStrictlyIncreasing(points: P[]): boolean {
  return points.every((p, i) => i === 0 || p.x > points[i - 1]!.x);
}

const samplers = [
  { name: 'lttb', run: (d: P[], t: number) => lttb(d, t, x, y) },
  { name: 'minMaxPerBucket', run: (d: P[], t: number) => minMaxPerBucket(d, t, x, y) },
];

describe.each(samplers)('$name', ({ run }) => {
  it.each([
    { n: 288, target: 50 },
    { n: 288, target: 100 },
    { n: 1440, target: 300 },
    { n: 10_000, target: 640 },
  ])(
    'keeps first and last point, increasing x, original objects ($n → $target)',
    ({ n, target }) => {
      const data = dayCurve(n);
      const out = run(data, target);
      expect(out[0]).toBe(data[0]);
      expect(out.at(-1)).toBe(data.at(-1));
      expect(isStrictlyIncreasing(out)).toBe(true);
      const originals = new Set(data);
      expect(out.every((p) => originals.has(p))).toBe(true);
    },
  );

  it.each([
    { n: 0, target: 10 },
    { n: 1, target: 10 },
    { n: 2, target: 1 },
    { n: 5, target: 5 },
  ])('returns a copy when there is nothing to reduce (n=$n, target=$target)', ({ n, target }) => {
    const data = dayCurve(n);
    const out = run(data, target);
    expect(out).toEqual(data);
    expect(out).not.toBe(data);
  });

  it.each([
    { n: 500, at: 0, height: 9000 },
    { n: 500, at: 137, height: 9000 },
    { n: 500, at: 250, height: 0 },
    { n: 2000, at: 1999, height: 9000 },
  ])('keeps the one outlier in a flat series (at $at)', ({ n, at, height }) => {
    const data = spike(n, at, height);
    expect(run(data, 40)).toContain(data[at]);
  });

  it('keeps the peak of a day curve', () => {
    const data = dayCurve(1440);
    const peak = data.reduce((a, b) => (b.y > a.y ? b : a));
    const out = run(data, 100);
    expect(Math.max(...out.map(y))).toBeGreaterThanOrEqual(peak.y * 0.999);
  });
});

describe('lttb output length', () => {
  it.each([
    { n: 288, target: 3, expected: 3 },
    { n: 288, target: 50, expected: 50 },
    { n: 288, target: 287, expected: 287 },
    { n: 288, target: 288, expected: 288 },
    { n: 288, target: 1000, expected: 288 },
    { n: 288, target: 2, expected: 2 },
    { n: 288, target: 0, expected: 2 },
    { n: 288, target: 49.9, expected: 49 },
  ])('$n points to $target gives $expected', ({ n, target, expected }) => {
    expect(lttb(dayCurve(n), target, x, y)).toHaveLength(expected);
  });
});

describe('minMaxPerBucket output length', () => {
  it.each([
    { n: 288, buckets: 10 },
    { n: 1440, buckets: 100 },
    { n: 10_000, buckets: 640 },
  ])('$n points in $buckets buckets stays within 2 per bucket plus the ends', ({ n, buckets }) => {
    const out = minMaxPerBucket(dayCurve(n), buckets, x, y);
    expect(out.length).toBeLessThanOrEqual(2 * buckets + 2);
    expect(out.length).toBeLessThan(n);
  });

  it('keeps both the lowest and the highest point of every bucket', () => {
    const data = Array.from({ length: 1000 }, (_, i) => ({ x: i, y: (i * 7919) % 1000 }));
    const out = minMaxPerBucket(data, 10, x, y);
    for (let b = 0; b < 10; b++) {
      const slice = data.slice(b * 100, b * 100 + 100).map(y);
      const kept = out.filter((p) => p.x >= b * 100 && p.x < b * 100 + 100).map(y);
      expect(kept).toContain(Math.max(...slice));
      expect(kept).toContain(Math.min(...slice));
    }
  });

  it('treats a series at a single x as one bucket', () => {
    const data = Array.from({ length: 50 }, (_, i) => ({
      x: 0,
      y: i === 20 ? 99 : i === 30 ? -1 : 5,
    }));
    const out = minMaxPerBucket(data, 5, x, y);
    expect(out.map(y)).toEqual(expect.arrayContaining([99, -1]));
    expect(out.length).toBeLessThanOrEqual(4);
  });
});
