/** Placeholders with the final layout's size, so loading never makes the page jump. */
import type { CSSProperties } from 'react';

/** One shimmering block. */
export function Skeleton({
  width = '100%',
  height = 14,
  style,
}: {
  width?: number | string;
  height?: number | string;
  style?: CSSProperties;
}) {
  return <span className="skeleton" style={{ width, height, ...style }} aria-hidden="true" />;
}

/** Rows of skeleton cells for a table that is still loading. */
export function SkeletonRows({ rows, columns }: { rows: number; columns: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, r) => (
        <tr key={r} className="skeleton-row" aria-hidden="true">
          {Array.from({ length: columns }, (_, c) => (
            <td key={c}>
              <Skeleton width={c === 0 ? '70%' : '60%'} height={c === 0 ? 28 : 14} />
            </td>
          ))}
        </tr>
      ))}
    </>
  );
}
