/** "Skip to content": the first Tab stop, so keyboard users need not walk the sidebar. */
import type { MouseEvent } from 'react';
import { t } from '../i18n/t';

/** A link shown only while focused that moves focus to the element `targetId`. */
export function SkipLink({ targetId }: { targetId: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // The hash is the router's: move focus without changing the address.
    event.preventDefault();
    document.getElementById(targetId)?.focus();
  };
  return (
    <a className="skip-link" href={`#${targetId}`} onClick={skip} data-testid="skip-link">
      {t('skip.content')}
    </a>
  );
}
