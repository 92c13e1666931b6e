import { describe, expect, it } from 'vitest';
import { createWords } from '../../../../electron/i18n/words';
import { connectionView } from '../../../../electron/services/connections/view';
import {
  accountLabelOf,
  grantGoneProblem,
  keyRefusedProblem,
  problemMessage,
  problemSchema,
  sessionEndedProblem,
  unreadableProblem,
  type Problem,
} from '../../../../electron/vault/problems';
import type { ConnectionRecord } from '../../../../electron/vault/records';

const german = createWords(() => ({ language: 'de', formats: 'de-DE' }));
const english = createWords(() => ({ language: 'en', formats: 'en-US' }));
const names = (provider: string) => (provider === 'enphase' ? 'Enphase' : provider);

function record(problem: Problem | null): ConnectionRecord {
  return {
    id: 'enphase-1',
    provider: 'enphase',
    accountId: '2310001',
    accountLabel: 'Enphase owner 2310001',
    tokenBlob: null,
    expiresAt: 0,
    scope: 'read',
    createdAt: 1_763_661_600,
    refreshedAt: null,
    state: 'needs_reauth',
    problem,
    siteExternalIds: [],
  };
}

describe('connection problems', () => {
  it.each([
    [grantGoneProblem('Enphase'), /^Enphase asked to sign in again/, /^Enphase verlangt eine neue/],
    [keyRefusedProblem('SolarEdge'), /^SolarEdge no longer accepts/, /^SolarEdge akzeptiert/],
    [sessionEndedProblem('Tesla'), /^Sign in to Tesla again: this computer/, /^Melden Sie sich/],
    [unreadableProblem('Enphase'), /can no longer be read/, /nicht mehr lesbar/],
  ])('are stored as messages and shown in the language in force', (problem, en, de) => {
    expect(problemSchema.parse(problem)).toEqual(problem);
    expect(connectionView(record(problem), english, names).problem).toMatch(en);
    expect(connectionView(record(problem), german, names).problem).toMatch(de);
  });

  it('name the account in the language in force, however the record stored its label', () => {
    expect(connectionView(record(null), english, names).accountLabel).toBe('Enphase owner 2310001');
    expect(connectionView(record(null), german, names).accountLabel).toBe('Enphase-Konto 2310001');
    const lost = { ...record(null), accountId: 'lost:enphase-1', accountLabel: 'old words' };
    expect(connectionView(lost, german, names).accountLabel).toBe('Enphase-Konto (neu anmelden)');
    expect(connectionView(lost, english, names).accountLabel).toBe(
      'Enphase account (sign in again)',
    );
    // An OpenID subject is cut to 8 characters, enough to tell owners apart.
    expect(english.say(accountLabelOf('Tesla', 'c5a4b0e2-1f9d-4d3e-9c1a-2b7f0e6d5a41'))).toBe(
      'Tesla owner c5a4b0e2',
    );
  });

  it('show a sentence stored by an older version as it was written', () => {
    const old = 'Enphase asked to sign in again: the access given to Enalysis was withdrawn.';
    expect(problemSchema.parse(old)).toBe(old);
    expect(english.say(problemMessage(old))).toBe(old);
    expect(connectionView(record(old), german, names).problem).toBe(old);
    expect(connectionView(record(null), german, names).problem).toBeNull();
  });

  it('refuse a stored message whose key this version does not know', () => {
    expect(problemSchema.safeParse({ key: 'error.fromTheFuture' }).success).toBe(false);
    expect(problemSchema.safeParse({ key: 'error.siteGone', params: { x: {} } }).success).toBe(
      false,
    );
  });
});
