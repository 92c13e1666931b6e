import { describe, expect, it } from 'vitest';
import { createWords } from '../../../../electron/i18n/words';
import { connectionView } from '../../../../electron/services/connections/view';
import {
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
    expect(connectionView(record(problem), english).problem).toMatch(en);
    expect(connectionView(record(problem), german).problem).toMatch(de);
  });

  it('show a sentence stored by an older version as it was written', () => {
    const old = 'Enphase asked to sign in again: the access given to Enalysis was withdrawn.';
    expect(problemSchema.parse(old)).toBe(old);
    expect(english.say(problemMessage(old))).toBe(old);
    expect(connectionView(record(old), german).problem).toBe(old);
    expect(connectionView(record(null), german).problem).toBeNull();
  });

  it('refuse a stored message whose key this version does not know', () => {
    expect(problemSchema.safeParse({ key: 'error.fromTheFuture' }).success).toBe(false);
    expect(problemSchema.safeParse({ key: 'error.siteGone', params: { x: {} } }).success).toBe(
      false,
    );
  });
});
