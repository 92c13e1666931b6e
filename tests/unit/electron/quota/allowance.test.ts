import { describe, expect, it } from 'vitest';
import { allowanceAt, describeAllowance } from '../../../../electron/quota/allowance';
import { englishWords } from '../../../../electron/i18n/words';
import { germanWords } from '../../../harness/german-words';
import type { LeaseGrant } from '../../../../shared/quota-lease';

const T = 1_780_310_520; // 2026-06-01T10:42:00Z
const lease: LeaseGrant = {
  provider: 'enphase',
  perDay: 220,
  perMinute: 3,
  issuedAt: T,
  renewAt: T + 3000,
  expiresAt: T + 3600,
  fallback: false,
};

describe('allowanceAt', () => {
  it.each([
    [
      'a running lease',
      lease,
      T + 10,
      { perDay: 220, perMinute: 3, source: 'lease', renewedAt: T },
    ],
    [
      'a lease that ended',
      lease,
      T + 3600,
      { perDay: 4, perMinute: 1, source: 'default', renewedAt: null },
    ],
    ['no lease yet', null, T, { perDay: 4, perMinute: 1, source: 'default', renewedAt: null }],
    [
      "the relay's fallback grant",
      { ...lease, fallback: true, perDay: 4, perMinute: 1 },
      T,
      { perDay: 4, perMinute: 1, source: 'default', renewedAt: null },
    ],
  ])('%s', (_name, given, now, expected) => {
    expect(allowanceAt(given, now)).toEqual(expected);
  });
});

describe('describeAllowance', () => {
  it.each([
    [
      allowanceAt(lease, T),
      "This computer's share of the platform's Enphase plan: 220 requests a day, renewed 10:42.",
      'Anteil dieses Computers am Enphase-Tarif der Plattform: 220 Anfragen pro Tag, erneuert um 10:42.',
    ],
    [
      allowanceAt({ ...lease, perDay: 1_250.4 }, T),
      "This computer's share of the platform's Enphase plan: 1,250 requests a day, renewed 10:42.",
      'Anteil dieses Computers am Enphase-Tarif der Plattform: 1.250 Anfragen pro Tag, erneuert um 10:42.',
    ],
    [
      allowanceAt({ ...lease, perDay: 0.6 }, T),
      "This computer's share of the platform's Enphase plan: 0.6 requests a day, renewed 10:42.",
      'Anteil dieses Computers am Enphase-Tarif der Plattform: 0,6 Anfragen pro Tag, erneuert um 10:42.',
    ],
    [
      allowanceAt(null, T),
      "This computer's share of the platform's Enphase plan could not be confirmed: 4 requests a day until the relay answers.",
      'Der Anteil dieses Computers am Enphase-Tarif der Plattform ist nicht bestätigt: 4 Anfragen pro Tag, bis das Relay antwortet.',
    ],
  ])('%#', (allowance, english, german) => {
    expect(describeAllowance(allowance, englishWords, 'UTC')).toBe(english);
    expect(describeAllowance(allowance, germanWords, 'UTC')).toBe(german);
  });
});
