/**
 * The token set the relay passes through from the provider, validated with zod before anything
 * is stored. Unknown fields are dropped; `enl_uid` (Enphase's owner id) is what tells one owner
 * account from another. A TokenSet is a secret: never log it, never send it to the renderer.
 */
import { z } from 'zod';
import type { SignInProviderId } from '../../shared/sign-in-providers';
import { isTeslaRegion, type TeslaRegion } from '../../shared/tesla-regions';

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
  /** OpenID (Tesla): its `sub` names the owner account. */
  id_token: z.string().max(16_384).optional(),
  /** The relay's word on which Tesla region's audience the tokens are for. */
  region: z.string().max(8).optional(),
});

const ownerIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The `sub` of an id_token, read without checking its signature: the token came straight
 * from the provider's token endpoint over TLS (through the relay), which OpenID Connect allows
 * for the code flow; it only tells accounts apart, it grants nothing.
 */
export function subjectOfIdToken(idToken: string | undefined): string | null {
  const payload = idToken?.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
    const sub = (claims as { sub?: unknown } | null)?.sub;
    return typeof sub === 'string' && ownerIdPattern.test(sub) ? sub : null;
  } catch {
    return null;
  }
}

/** A validated token set, in the app's own field names. */
export interface TokenSet {
  accessToken: string;
  refreshToken: string;
  /** Seconds the access token lives from the moment it was issued. */
  expiresIn: number;
  scope: string;
  /** The owner account the tokens belong to (Enphase `enl_uid`, OpenID `sub`); null when not sent. */
  accountId: string | null;
  /** Tesla: the region whose audience the tokens were issued for (the relay says). */
  region?: TeslaRegion;
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
    accountId: data.enl_uid ?? subjectOfIdToken(data.id_token),
    ...(isTeslaRegion(data.region) ? { region: data.region } : {}),
  };
}
