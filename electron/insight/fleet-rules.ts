/**
 * The alert rules about the app's own ability to watch: an account that needs signing in
 * again, a request quota running out, a cache that had to be rebuilt. Pure, like site-rules.ts.
 */
import type { Budget } from '../../shared/domain';
import type { Message } from '../i18n/words';
import type { AlertCandidate } from './candidate';

/** Share of a quota at which the app warns that it is nearly spent. */
export const QUOTA_WARNING_SHARE = 0.9;

/** An account and how many of the watched sites depend on it. */
export interface AccountState {
  connectionId: string;
  /** The account's name (a message, so it reads in the language of the alert when shown). */
  label: string | Message;
  needsSignIn: boolean;
  siteCount: number;
}

/** One alert per account that lost its sign-in. */
export function signInRule(accounts: readonly AccountState[]): AlertCandidate[] {
  return accounts
    .filter((a) => a.needsSignIn)
    .map((a) => ({
      rule: 'needs_sign_in',
      subject: `connection:${a.connectionId}`,
      siteId: null,
      severity: 'warning',
      startAt: null,
      endAt: null,
      summary: { key: 'alert.needsSignIn', params: { account: a.label, count: a.siteCount } },
      evidence: { sites: a.siteCount },
      lostWh: 0,
    }));
}

/** The monthly quota this installation may use, nearly or wholly spent. */
export function quotaRule(budgets: readonly Budget[]): AlertCandidate[] {
  const out: AlertCandidate[] = [];
  for (const budget of budgets) {
    const allowed = Math.floor((budget.perMonthLimit * budget.sharePercent) / 100);
    if (allowed <= 0) continue;
    const share = budget.usedThisMonth / allowed;
    if (share < QUOTA_WARNING_SHARE) continue;
    const exhausted = share >= 1;
    out.push({
      rule: exhausted ? 'quota_exhausted' : 'quota_low',
      subject: `provider:${budget.provider}`,
      siteId: null,
      severity: exhausted ? 'fault' : 'warning',
      startAt: null,
      endAt: null,
      summary: exhausted
        ? { key: 'alert.quotaExhausted', params: { plan: budget.plan } }
        : {
            key: 'alert.quotaLow',
            params: { plan: budget.plan, percent: Math.round(share * 100) },
          },
      evidence: { used: budget.usedThisMonth, allowed, usedPercent: Math.round(share * 100) },
      lostWh: 0,
    });
  }
  return out;
}

/** The cache was unreadable at start and rebuilt: a past event, recorded once. */
export function cacheRebuiltRule(rebuilt: boolean, at: number): AlertCandidate[] {
  if (!rebuilt) return [];
  return [
    {
      rule: 'cache_rebuilt',
      subject: 'app',
      siteId: null,
      severity: 'info',
      startAt: at,
      endAt: at,
      summary: { key: 'alert.cacheRebuilt' },
      evidence: {},
      lostWh: 0,
    },
  ];
}
