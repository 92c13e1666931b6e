/**
 * Downsampling for charts: a series longer than the chart is wide costs render time and shows
 * nothing more. Both functions return a subset of the ORIGINAL points (same objects, same order),
 * always keep the first and last point, and take accessors so any point shape works. Input must
 * be sorted by x, as every time series here is.
 */

/** Reads a coordinate of a point. */
export type Accessor<T> = (point: T) => number;

/**
 * Largest-Triangle-Three-Buckets (Steinarsson, 2013): keeps `threshold` points whose line looks
 * like the original, for line and area charts. Returns a copy when no reduction is needed.
 */
export function lttb<T>(
  data: readonly T[],
  threshold: number,
  x: Accessor<T>,
  y: Accessor<T>,
): T[] {
  const target = Math.floor(threshold);
  const n = data.length;
  if (target >= n || n <= 2) return data.slice();
  if (target <= 2) return [data[0]!, data[n - 1]!];

  const out: T[] = [data[0]!];
  // The first and last points are fixed; the rest are split into target-2 buckets.
  const bucketSize = (n - 2) / (target - 2);
  let previous = 0;
  for (let bucket = 0; bucket < target - 2; bucket++) {
    const start = Math.floor(bucket * bucketSize) + 1;
    const end = Math.min(Math.floor((bucket + 1) * bucketSize) + 1, n - 1);

    // The third vertex: the average of the NEXT bucket (or the last point for the last bucket).
    const nextStart = end;
    const nextEnd = Math.min(Math.floor((bucket + 2) * bucketSize) + 1, n);
    let avgX = 0;
    let avgY = 0;
    for (let i = nextStart; i < nextEnd; i++) {
      avgX += x(data[i]!);
      avgY += y(data[i]!);
    }
    const count = nextEnd - nextStart;
    avgX /= count;
    avgY /= count;

    const ax = x(data[previous]!);
    const ay = y(data[previous]!);
    let best = start;
    let bestArea = -1;
    for (let i = start; i < end; i++) {
      const area = Math.abs((ax - avgX) * (y(data[i]!) - ay) - (ax - x(data[i]!)) * (avgY - ay));
      if (area > bestArea) {
        bestArea = area;
        best = i;
      }
    }
    out.push(data[best]!);
    previous = best;
  }
  out.push(data[n - 1]!);
  return out;
}

/**
 * Min/max per bucket ("M4-lite"): splits the x range into `buckets` equal slices (one per pixel
 * column, say) and keeps each slice's lowest and highest point, so no peak or dip is ever lost.
 * Returns at most `2 * buckets + 2` points; a copy when that would not be fewer.
 */
export function minMaxPerBucket<T>(
  data: readonly T[],
  buckets: number,
  x: Accessor<T>,
  y: Accessor<T>,
): T[] {
  const slots = Math.floor(buckets);
  const n = data.length;
  if (n <= 2 || slots < 1 || n <= 2 * slots + 2) return data.slice();

  const x0 = x(data[0]!);
  const span = x(data[n - 1]!) - x0;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;

  let current = -1;
  let minIndex = 0;
  let maxIndex = 0;
  const flush = () => {
    if (current < 0) return;
    keep[minIndex] = 1;
    keep[maxIndex] = 1;
  };
  for (let i = 0; i < n; i++) {
    // Equal x-width slices; with no x span (all points at one x) everything is one slice.
    const slot =
      span > 0 ? Math.min(slots - 1, Math.floor(((x(data[i]!) - x0) / span) * slots)) : 0;
    if (slot !== current) {
      flush();
      current = slot;
      minIndex = i;
      maxIndex = i;
      continue;
    }
    const value = y(data[i]!);
    if (value < y(data[minIndex]!)) minIndex = i;
    if (value > y(data[maxIndex]!)) maxIndex = i;
  }
  flush();

  const out: T[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(data[i]!);
  return out;
}
