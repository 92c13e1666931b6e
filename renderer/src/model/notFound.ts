/**
 * What a not-found page says: what was asked for and why it may be missing, in the app's own
 * words (a retry cannot help with an address that names nothing).
 */
import { t } from '../i18n/t';

/** What was asked for: an address that names no page, or a site id the app does not follow. */
export type NotFoundAsk = { kind: 'page'; address: string } | { kind: 'site'; siteId: string };

/** Title and explanation for the not-found page. */
export function notFoundCopy(ask: NotFoundAsk): { title: string; body: string } {
  if (ask.kind === 'site') {
    return {
      title: t('notFound.siteTitle'),
      body: t('notFound.siteBody', { siteId: ask.siteId }),
    };
  }
  const address = ask.address.trim() || '#/';
  return { title: t('notFound.pageTitle'), body: t('notFound.pageBody', { address }) };
}
