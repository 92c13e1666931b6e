import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../../renderer/src/i18n/t';
import type { Connection, ProviderInfo } from '../../../../../shared/domain';
import {
  CONNECTION_STATE_LABEL,
  connectableProviders,
  formatSinceDate,
  providerName,
  refreshedText,
  signsIn,
  siteCountText,
  sortConnections,
} from '../../../../../renderer/src/connections/connectionView';

function connection(patch: Partial<Connection>): Connection {
  return {
    id: 'c1',
    provider: 'enphase',
    accountLabel: 'Enphase owner 1',
    state: 'connected',
    siteIds: [],
    createdAt: 1_760_000_000,
    refreshedAt: null,
    problem: null,
    connectedWith: 'oauth-popup',
    ...patch,
  };
}

describe('connection card texts', () => {
  beforeEach(() => setLocale({ language: 'en', formats: 'en-GB' }));
  afterEach(() => setLocale({ language: 'en', formats: 'en-GB' }));
  it('calls the states what a facility manager would', () => {
    expect({ ...CONNECTION_STATE_LABEL }).toEqual({
      connected: 'Connected',
      needs_reauth: 'Needs reconnect',
    });
  });

  it('reads the states in the language in use', () => {
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(CONNECTION_STATE_LABEL.needs_reauth).toBe('Neu verbinden');
    expect(siteCountText(2)).toBe('2 Anlagen');
    expect(formatSinceDate(1_760_000_000, 'UTC')).toBe('9. Okt. 2025');
  });

  it.each([
    [0, 'No sites chosen yet'],
    [1, '1 site'],
    [12, '12 sites'],
  ])('%i sites read "%s"', (count, text) => {
    expect(siteCountText(count)).toBe(text);
  });

  it.each([
    // 2025-10-09T08:53:20Z
    [1_760_000_000, 'UTC', '9 Oct 2025'],
    // Late evening in Los Angeles is already the next day in UTC: the computer's own day counts.
    [Date.UTC(2026, 0, 1, 3) / 1000, 'America/Los_Angeles', '31 Dec 2025'],
  ])('connected since %i in %s', (at, zone, text) => {
    expect(formatSinceDate(at, zone)).toBe(text);
  });

  it.each([
    [null, 'not since connecting'],
    [1_000_000 - 30, 'just now'],
    [1_000_000 - 3 * 60, '3 min ago'],
    [1_000_000 - 5 * 3600, '5 h ago'],
  ])('sign-in renewed at %j reads "%s"', (at, text) => {
    expect(refreshedText(at, 1_000_000)).toBe(text);
  });
});

describe('sortConnections', () => {
  it('puts accounts that need a reconnect first, then by name', () => {
    const sorted = sortConnections([
      connection({ id: 'b', accountLabel: 'Bravo' }),
      connection({ id: 'z', accountLabel: 'Zulu', state: 'needs_reauth' }),
      connection({ id: 'a', accountLabel: 'Alpha' }),
    ]);
    expect(sorted.map((c) => c.id)).toEqual(['z', 'a', 'b']);
  });

  it('does not reorder the list it was given', () => {
    const list = [
      connection({ id: 'b', accountLabel: 'B' }),
      connection({ id: 'a', accountLabel: 'A' }),
    ];
    sortConnections(list);
    expect(list.map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('provider names and connect cards come from providers.list', () => {
  const declared: ProviderInfo[] = [
    {
      id: 'demo',
      name: 'Demo',
      connect: [],
      intro: '',
      quota: { kind: 'none', sentence: '' },
    },
    {
      id: 'tesla',
      name: 'Sunny Test',
      connect: ['api-key'],
      intro: '',
      quota: { kind: 'money-per-request', sentence: '' },
    },
  ];

  it('names a provider as it declares itself, and by its id before the list loaded', () => {
    expect(providerName(declared, 'tesla')).toBe('Sunny Test');
    expect(providerName(undefined, 'tesla')).toBe('tesla');
  });

  it('offers a connect card only for providers that declare a way to connect', () => {
    expect(connectableProviders(declared).map((p) => p.id)).toEqual(['tesla']);
  });

  it('asks the contract which providers connections.connect signs in with', () => {
    expect(signsIn('enphase')).toBe(true);
    expect(signsIn('demo')).toBe(false);
  });
});
