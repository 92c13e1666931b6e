/**
 * The sentences a connection shows when it needs the owner again, and what the UI calls an
 * account. Kept together so every place says the same thing. Provider names come from the
 * providers' descriptors (providers/registry.ts `providerNameOf`), handed in as a function.
 */
import { z } from 'zod';
import type { ProviderId } from '../../shared/domain';
import { messageSchema } from '../i18n/message-schema';
import type { Message } from '../i18n/words';

/** The name people know a provider by ("Enphase"), from its descriptor. */
export type ProviderNames = (provider: ProviderId) => string;

/** The account id of a connection restored from cached sites whose record was lost. */
export const lostAccountPrefix = 'lost:';

/**
 * What the UI calls an owner account, e.g. "Enphase owner 2310001" ("Enphase-Konto 2310001");
 * a long id (an OpenID subject UUID) is cut to its first 8 characters, enough to tell accounts
 * apart. A restored account whose owner is unknown is "Enphase account (sign in again)". Derived
 * from the record each time, so it reads in the language in force.
 */
export function accountLabelOf(providerName: string, accountId: string): Message {
  if (accountId.startsWith(lostAccountPrefix)) {
    return { key: 'account.lost', params: { provider: providerName } };
  }
  const shown = accountId.length > 12 ? accountId.slice(0, 8) : accountId;
  return { key: 'account.owner', params: { provider: providerName, id: shown } };
}

/**
 * A connection's problem as stored: a sentence of the catalogue, or (from a version before
 * main's catalogue) an English sentence kept as it was written.
 */
export type Problem = Message | string;

/** How a problem is stored in a connection record. */
export const problemSchema = z.union([z.string().max(1000), messageSchema]);

/** The problem as a Message (an older stored sentence goes in as it is). */
export function problemMessage(problem: Problem): Message {
  return typeof problem === 'string'
    ? { key: 'notice.asWritten', params: { text: problem } }
    : problem;
}

/** The provider refused the grant (revoked by the owner, lapsed, or already used). */
export function grantGoneProblem(provider: string): Message {
  return { key: 'notice.connection.grantGone', params: { provider } };
}

/** The provider no longer accepts the API key the person pasted (revoked or replaced). */
export function keyRefusedProblem(provider: string): Message {
  return { key: 'notice.connection.keyRefused', params: { provider } };
}

/** The owner chose not to keep sign-ins on a machine without a keyring: a new session asks again. */
export function sessionEndedProblem(provider: string): Message {
  return { key: 'notice.connection.sessionEnded', params: { provider } };
}

/** The saved sign-in no longer decrypts (OS user or keyring changed). */
export function unreadableProblem(provider: string): Message {
  return { key: 'notice.connection.unreadable', params: { provider } };
}
