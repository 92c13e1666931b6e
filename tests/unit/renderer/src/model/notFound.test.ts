import { describe, expect, it } from 'vitest';
import { notFoundCopy } from '../../../../../renderer/src/model/notFound';

describe('notFoundCopy', () => {
  it.each([
    [
      { kind: 'page', address: '#/reportz' },
      'No page at this address',
      '“#/reportz” is not a page of Enalysis. It may come from an old bookmark or a mistyped link.',
    ],
    [
      { kind: 'page', address: '' },
      'No page at this address',
      '“#/” is not a page of Enalysis. It may come from an old bookmark or a mistyped link.',
    ],
    [
      { kind: 'site', siteId: 'demo:gone' },
      'This site is not in the app',
      'No site with the id “demo:gone” is followed here. It may have been removed, or the account it belongs to disconnected; the portfolio lists every site the app follows.',
    ],
  ] as const)('%j', (ask, title, body) => {
    expect(notFoundCopy(ask)).toEqual({ title, body });
  });
});
