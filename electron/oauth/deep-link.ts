/**
 * Where `enalysis://` deep links go once the OS hands them to main (`second-instance` on
 * Windows/Linux, `open-url` on macOS). Sign-ins waiting for a system-browser answer subscribe
 * while they wait; electron/main.ts only has to call {@link handleDeepLink}.
 */

/** A subscriber returns true when the link was its answer (then no one else sees it). */
export type DeepLinkListener = (link: URL) => boolean;

/** A small fan-out of deep links to whoever is waiting for one. */
export class DeepLinkInbox {
  private readonly listeners = new Set<DeepLinkListener>();

  /** Starts listening; returns the function that stops it. */
  subscribe(listener: DeepLinkListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Offers a link to every listener; true when one took it. Malformed links are ignored. */
  deliver(link: URL | string): boolean {
    let url: URL;
    try {
      url = typeof link === 'string' ? new URL(link) : link;
    } catch {
      return false;
    }
    for (const listener of [...this.listeners]) {
      if (listener(url)) return true;
    }
    return false;
  }
}

/** The inbox the app's sign-in flows use unless a test gives them their own. */
export const oauthDeepLinks = new DeepLinkInbox();

/**
 * Completes a pending system-browser sign-in from `enalysis://oauth/callback?provider&code&state`.
 * Call it from main's `second-instance` / `open-url` handlers (and for a link in the launch
 * argv). Returns true when a sign-in took the link; links with an unknown state are ignored.
 */
export function handleDeepLink(link: URL | string): boolean {
  return oauthDeepLinks.deliver(link);
}
