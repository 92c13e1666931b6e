import { describe, expect, it } from 'vitest';
import { interpretCallback } from '../../../relay/callback';

describe('interpretCallback', () => {
  it('forwards code and state to the app scheme, URL-encoded', () => {
    expect(interpretCallback('enphase', { code: 'a b&c', state: 's=1' }, 'enalysis')).toEqual({
      kind: 'code',
      provider: 'enphase',
      deepLink: 'enalysis://oauth/callback?provider=enphase&code=a+b%26c&state=s%3D1',
      params: { code: 'a b&c', state: 's=1' },
    });
  });

  it.each([
    ['solaredge', '4201002', '&site_id=4201002'],
    ['solaredge', '42<x>', ''],
    ['enphase', '4201002', ''],
  ] as const)(
    'for %s, forwards site_id %s only when SolarEdge sends digits',
    (provider, siteId, tail) => {
      const outcome = interpretCallback(
        provider,
        { code: 'c', state: 's', site_id: siteId },
        'enalysis',
      );
      expect(outcome).toMatchObject({
        deepLink: `enalysis://oauth/callback?provider=${provider}&code=c&state=s${tail}`,
      });
    },
  );

  it('forwards an error with its description when the description is well-formed', () => {
    const outcome = interpretCallback(
      'tesla',
      { error: 'access_denied', error_description: 'User said no', state: 's' },
      'enalysis',
    );
    expect(outcome).toMatchObject({
      kind: 'error',
      error: 'access_denied',
      description: 'User said no',
      deepLink:
        'enalysis://oauth/callback?provider=tesla&error=access_denied&state=s&error_description=User+said+no',
    });
  });

  it('prefers the error when a provider sends both', () => {
    expect(
      interpretCallback('enphase', { code: 'c', error: 'server_error', state: 's' }, 'x').kind,
    ).toBe('error');
  });

  it('drops a malformed description but still forwards the error', () => {
    const outcome = interpretCallback(
      'enphase',
      { error: 'access_denied', error_description: 'a"b', state: 's' },
      'enalysis',
    );
    expect(outcome).toMatchObject({ kind: 'error', description: null });
    expect(outcome.kind === 'error' && outcome.deepLink).not.toContain('error_description');
  });

  it.each([
    ['no state', { code: 'c' }, 'state is missing or malformed'],
    ['an empty state', { code: 'c', state: '' }, 'state is missing or malformed'],
    ['a state with a tab', { code: 'c', state: 'a\tb' }, 'state is missing or malformed'],
    ['an over-long state', { code: 'c', state: 's'.repeat(1025) }, 'state is missing or malformed'],
    ['no code and no error', { state: 's' }, 'code is missing or malformed'],
    ['a non-ASCII code', { code: 'cöde', state: 's' }, 'code is missing or malformed'],
    ['an over-long code', { code: 'c'.repeat(2049), state: 's' }, 'code is missing or malformed'],
    ['an error with a quote', { error: 'a"b', state: 's' }, 'error is malformed'],
    ['an over-long error', { error: 'e'.repeat(129), state: 's' }, 'error is malformed'],
  ])('refuses %s', (_name, query, reason) => {
    expect(interpretCallback('solaredge', query, 'enalysis')).toEqual({
      kind: 'invalid',
      provider: 'solaredge',
      reason,
    });
  });
});
