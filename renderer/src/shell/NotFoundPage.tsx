/** An address that names no page (an old bookmark, a removed site). */
import { EmptyState } from '../common/EmptyState';

/** The not-found page, with the way back. */
export function NotFoundPage() {
  return (
    <EmptyState
      title="Nothing here"
      action={
        <a className="button" href="#/">
          Back to the portfolio
        </a>
      }
    >
      This page does not exist. The site may have been removed.
    </EmptyState>
  );
}
