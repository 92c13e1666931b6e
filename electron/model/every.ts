/**
 * How the app says how often something happens ("every 45 min"): one wording for the
 * scheduler's sentence and every provider's budget sentence.
 */

/** "every minute", "every 15 min", "every 2 h": how often, in words. */
export function describeEvery(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  if (s === 60) return 'every minute';
  if (s === 3600) return 'every hour';
  if (s < 120) return `every ${s} s`;
  if (s < 2 * 3600 || s % 3600 !== 0) return `every ${Math.round(s / 60)} min`;
  return `every ${s / 3600} h`;
}
