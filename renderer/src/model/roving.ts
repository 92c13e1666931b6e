/**
 * The WAI-ARIA keyboard model shared by radio groups and tab lists: arrow keys move to the
 * neighbour (wrapping at the ends), Home and End to the first and last option. Pure, so the
 * table test covers every key without a browser.
 */

/** The index a key press moves to, or null when the key is not a roving key. */
export function rovingTarget(key: string, index: number, count: number): number | null {
  if (count <= 0) return null;
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return (index + 1) % count;
    case 'ArrowLeft':
    case 'ArrowUp':
      return (index - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
