/**
 * Moves keyboard focus to the new page's heading after navigation. Without it, opening a site
 * with Enter removes the focused link and focus falls to <body>: a screen reader says nothing
 * and the next Tab starts again at the top of the window.
 */
import { useEffect, useRef } from 'react';

/** The heading of the page in `container`, made focusable by script only (tabindex -1). */
function focusHeading(container: HTMLElement): boolean {
  const heading = container.querySelector<HTMLElement>('h1');
  if (!heading) return false;
  if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1;
  heading.focus();
  return true;
}

/**
 * Focuses the first h1 inside the element `containerId` whenever `pageKey` changes (not on the
 * first render: the app just opened). Pages that load first show their heading later, so a
 * mutation observer waits for it; focus the user already placed in the new page is kept.
 */
export function usePageFocus(pageKey: string, containerId: string): void {
  const previous = useRef(pageKey);
  useEffect(() => {
    if (previous.current === pageKey) return;
    previous.current = pageKey;
    const container = document.getElementById(containerId);
    if (!container) return;
    const userMovedIn = () => container.contains(document.activeElement);
    if (userMovedIn() || focusHeading(container)) return;
    const observer = new MutationObserver(() => {
      if (userMovedIn() || focusHeading(container)) observer.disconnect();
    });
    observer.observe(container, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pageKey, containerId]);
}
