/**
 * The sentences a connection shows when it needs the owner again, and what the UI calls an
 * account. Kept together so every place says the same thing. Provider names come from the
 * providers' descriptors (providers/registry.ts `providerNameOf`), handed in as a function.
 */
import type { ProviderId } from '../../shared/domain';

/** The name people know a provider by ("Enphase"), from its descriptor. */
export type ProviderNames = (provider: ProviderId) => string;

/**
 * What the UI calls an owner account, e.g. "Enphase owner 2310001"; a long id (an OpenID
 * subject UUID) is cut to its first 8 characters, enough to tell accounts apart.
 */
export function accountLabelOf(providerName: string, accountId: string): string {
  const shown = accountId.length > 12 ? accountId.slice(0, 8) : accountId;
  return `${providerName} owner ${shown}`;
}

/** The provider refused the grant (revoked by the owner, lapsed, or already used). */
export function grantGoneProblem(providerName: string): string {
  return `${providerName} asked to sign in again: the access given to Enalysis was withdrawn or has lapsed. Reconnect to resume updates; cached data is kept.`;
}

/** The provider no longer accepts the API key the person pasted (revoked or replaced). */
export function keyRefusedProblem(providerName: string): string {
  return `${providerName} no longer accepts the saved API key. Paste a new key to resume updates; cached data is kept.`;
}

/** The owner chose not to keep sign-ins on a machine without a keyring: a new session asks again. */
export function sessionEndedProblem(providerName: string): string {
  return `Sign in to ${providerName} again: this computer has no system keyring, so Enalysis keeps sign-ins only until it closes (Settings → Sign-ins). Cached data is kept.`;
}

/** The saved sign-in no longer decrypts (OS user or keyring changed). */
export function unreadableProblem(providerName: string): string {
  return `Sign in to ${providerName} again: the saved sign-in can no longer be read on this computer (the system keyring changed). Cached data is kept.`;
}
