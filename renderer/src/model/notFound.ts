/**
 * What a not-found page says: what was asked for and why it may be missing, in the app's own
 * words (a retry cannot help with an address that names nothing).
 */

/** What was asked for: an address that names no page, or a site id the app does not follow. */
export type NotFoundAsk = { kind: 'page'; address: string } | { kind: 'site'; siteId: string };

/** Title and explanation for the not-found page. */
export function notFoundCopy(ask: NotFoundAsk): { title: string; body: string } {
  if (ask.kind === 'site') {
    return {
      title: 'This site is not in the app',
      body: `No site with the id “${ask.siteId}” is followed here. It may have been removed, or the account it belongs to disconnected; the portfolio lists every site the app follows.`,
    };
  }
  const address = ask.address.trim() || '#/';
  return {
    title: 'No page at this address',
    body: `“${address}” is not a page of Enalysis. It may come from an old bookmark or a mistyped link.`,
  };
}
