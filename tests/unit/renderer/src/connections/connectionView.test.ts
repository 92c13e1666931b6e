import { describe, expect, it } from 'vitest';
import type { Connection, ProviderInfo } from '../../../../../shared/domain';
import {
  CONNECTION_STATE_LABEL,
  connectableProviders,
  countText,
  formatSinceDate,
  KEYRING_WARNING,
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
  it('calls the states what a facility manager would', () => {
    expect(CONNECTION_STATE_LABEL).toEqual({
      connected: 'Connected',
      needs_reauth: 'Needs reconnect',
    });
  });

  it.each([
    [0, 'No sites chosen yet'],
    [1, '1 site'],
    [12, '12 sites'],
  ])('%i sites read "%s"', (count, text) => {
    expect(siteCountText(count)).toBe(text);
  });

  it.each([
    [1, 'account', '1 account'],
    [2, 'account', '2 accounts'],
    [0, 'system', '0 systems'],
  ])('countText(%i, %s)', (count, noun, text) => {
    expect(countText(count, noun)).toBe(text);
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

  it('says plainly that saved sign-ins lack keyring protection', () => {
    expect(KEYRING_WARNING).toBe(
      'This computer has no system keyring, so saved sign-ins are protected only by a key that any program running as you can read. To avoid keeping them, turn off “Keep sign-ins” in Settings: you then sign in again each time Enalysis starts.',
    );
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
