/**
 * The token set the relay passes through from the provider, validated with zod before anything
 * is stored. Unknown fields are dropped; `enl_uid` (Enphase's owner id) is what tells one owner
 * account from another. A TokenSet is a secret: never log it, never send it to the renderer.
 */
import { z } from 'zod';
import type { SignInProviderId } from '../../shared/sign-in-providers';

/** Providers that sign in through the relay (the contract's `signInProviders`). */
export type OAuthProviderId = SignInProviderId;

const tokenText = z.string().min(1).max(16_384);
/** Ten years: anything longer is not a real lifetime. */
const maxLifetimeSeconds = 10 * 365 * 86_400;

/** The token endpoint's answer as the relay forwards it. */
export const tokenResponseSchema = z.looseObject({
  access_token: tokenText,
  refresh_token: tokenText,
  expires_in: z
    .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().positive().max(maxLifetimeSeconds)),
  token_type: z.string().max(64).optional(),
  scope: z
    .union([z.string().max(4096), z.array(z.string().max(256)).transform((s) => s.join(' '))])
    .optional(),
  enl_uid: z
    .union([z.string(), z.number().int().nonnegative()])
    .transform(String)
    .pipe(z.string().regex(/^[A-Za-z0-9._-]{1,64}$/))
    .optional(),
});

/** A validated token set, in the app's own field names. */
export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives from the moment it was issued. */
  expiresIn: number;
  scope: string;
  /** The owner account the tokens belong to (Enphase `enl_uid`); null when not sent. */
  accountId: string | null;
}

/** Parses an answer body; null when it is not a usable token set. */
export function parseTokenResponse(body: unknown): TokenSet | null {
  const parsed = tokenResponseSchema.safeParse(body);
  if (!parsed.success) return null;
  const data = parsed.data;
  return {
    accessToken: data.access_token,
    refreshToken: data.refresh_token,
    expiresIn: data.expires_in,
    scope: data.scope ?? '',
    accountId: data.enl_uid ?? null,
  };
}
