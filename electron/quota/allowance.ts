/**
 * What this installation may spend on Enphase right now, from its quota lease: the lease while
 * it runs, the conservative grant once it has ended (or before the first one arrives), and the
 * sentence the Connections page shows about it. Pure: the lease client feeds it, the budget
 * reads it.
 */
import { CONSERVATIVE_GRANT, type LeaseGrant } from '../../shared/quota-lease';
import { englishWords, type Words } from '../i18n/words';
import { describeClock } from '../model/every';

/** Calls this installation may send, and where the figures come from. */
export interface InstallationAllowance {
  perDay: number;
  perMinute: number;
  /** `lease`: the relay's grant; `default`: no lease runs, the conservative grant applies. */
  source: 'lease' | 'default';
  /** When the running lease was granted (epoch s), null without one. */
  renewedAt: number | null;
}

/** The allowance at `now` given the last lease the relay granted (or none). */
export function allowanceAt(lease: LeaseGrant | null, now: number): InstallationAllowance {
  if (lease && lease.expiresAt > now && !lease.fallback) {
    return {
      perDay: lease.perDay,
      perMinute: lease.perMinute,
      source: 'lease',
      renewedAt: lease.issuedAt,
    };
  }
  return { ...CONSERVATIVE_GRANT, source: 'default', renewedAt: null };
}

/**
 * "This computer's share of the platform's Enphase plan: 220 requests a day, renewed 10:42."
 * `timeZone` is the computer's (undefined) except in tests.
 */
export function describeAllowance(
  allowance: InstallationAllowance,
  words: Words = englishWords,
  timeZone?: string,
): string {
  const perDay = allowance.perDay;
  // A tenth below ten a day (0.6 is not none), whole requests above.
  const count = perDay < 10 && perDay % 1 !== 0 ? Math.round(perDay * 10) / 10 : Math.round(perDay);
  const amount = words.t('budget.allowance.amount', { count });
  if (allowance.source === 'lease' && allowance.renewedAt !== null) {
    const time = describeClock(allowance.renewedAt, words, timeZone);
    return words.t('budget.allowance.lease', { amount, time });
  }
  return words.t('budget.allowance.default', { amount });
}
