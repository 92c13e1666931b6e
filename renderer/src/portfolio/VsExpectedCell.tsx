/** The portfolio's "vs expected" cell: a percentage, or a dash that says why there is none. */
import type { VsExpected } from '../../../shared/domain';
import { vsExpectedView } from '../model/vsExpected';

/** One cell; `data-value` carries the raw index (empty when unknown) for E2E tests. */
export function VsExpectedCell({ value }: { value: VsExpected }) {
  const view = vsExpectedView(value);
  return (
    <td
      className={`numeric num${view.low ? ' vs-low' : ''}`}
      data-testid="vs-expected"
      data-value={value.index ?? ''}
      title={view.title}
    >
      {view.text}
      {view.text === '—' && <span className="visually-hidden">{view.title}</span>}
    </td>
  );
}
