/** Which grants the keeper renews, and that a renewal goes through the connection's vault. */
import { describe, expect, it } from 'vitest';
import { grantsDue, GrantKeeper } from '../../../../electron/connections/keep-alive';
import type { ConnectionRecord } from '../../../../electron/vault/records';
import { API_KEY_SCOPE } from '../../../../electron/vault/vault';

const DAY = 86_400;
const NOW = 1_800_000_000;
const limitOf = (provider: string) => (provider === 'solaredge' ? 30 * DAY : null);

function record(fields: Partial<ConnectionRecord>): ConnectionRecord {
  return {
    id: 'c1',
    provider: 'solaredge',
    accountId: '4101001',
    accountLabel: 'SolarEdge owner 4101001',
    tokenBlob: 'blob',
    expiresAt: NOW - 5 * DAY,
    scope: 'SITE_DATA DEVICE_DATA',
    createdAt: NOW - 40 * DAY,
    refreshedAt: NOW - 8 * DAY,
    state: 'connected',
    problem: null,
    siteExternalIds: ['4101001'],
    ...fields,
  };
}

describe('grantsDue', () => {
  it.each<[string, Partial<ConnectionRecord>, boolean]>([
    ['a grant renewed 8 days ago (past a quarter of 30)', {}, true],
    ['a grant renewed 6 days ago', { refreshedAt: NOW - 6 * DAY }, false],
    [
      'a grant never renewed, signed in 8 days ago',
      { refreshedAt: null, createdAt: NOW - 8 * DAY },
      true,
    ],
    ['a pasted key (never expires)', { scope: API_KEY_SCOPE }, false],
    ['a grant that already needs a new sign-in', { state: 'needs_reauth' }, false],
    ['a provider without an idle limit (Enphase)', { provider: 'enphase' }, false],
  ])('%s: %s', (_name, fields, due) => {
    expect(grantsDue([record(fields)], NOW, limitOf).length).toBe(due ? 1 : 0);
  });
});

describe('GrantKeeper', () => {
  it('asks the vault for a token of each due grant; a refusal is logged by name, not thrown', async () => {
    const asked: string[] = [];
    const warnings: string[] = [];
    const keeper = new GrantKeeper({
      records: () => [
        record({ id: 'ok' }),
        record({ id: 'gone' }),
        record({ id: 'fresh', refreshedAt: NOW }),
      ],
      tokenSource: (id) => ({
        accessToken: () => {
          asked.push(id);
          return id === 'gone'
            ? Promise.reject(Object.assign(new Error('x'), { name: 'ReauthRequiredError' }))
            : Promise.resolve('token');
        },
        renewAfterUnauthorized: () => Promise.resolve('token'),
      }),
      idleLimitOf: limitOf,
      clock: { now: () => NOW },
      log: { info: () => {}, warn: (message) => warnings.push(message), error: () => {} },
    });
    expect(await keeper.renewDue()).toBe(1);
    expect(asked).toEqual(['ok', 'gone']);
    expect(warnings).toEqual(['a grant could not be kept alive']);
  });
});
