/**
 * Turns a token endpoint's answer into what the app receives: a validated token set, or a
 * named error carrying the provider's own OAuth error code. Pure (status + headers + bytes in),
 * so every provider quirk is a row in a table test rather than a live call.
 */
import { z } from 'zod';
import { decodeUtf8 } from './body';
import {
  UpstreamInvalidResponseError,
  UpstreamOAuthError,
  type RelayError,
  type RelayStatus,
} from './errors';

const tokenText = z.string().min(1).max(16_384);

/**
 * A token set as providers send it. Unknown fields (Enphase's `enl_uid`, Tesla's `id_token`)
 * are kept: the app needs the owner id to tell accounts apart.
 */
export const upstreamTokenSchema = z.looseObject({
  access_token: tokenText,
  refresh_token: tokenText.optional(),
  expires_in: z
    .union([z.number(), z.string().regex(/^\d+$/).transform(Number)])
    .pipe(z.number().int().nonnegative())
    .optional(),
  token_type: z.string().max(64).optional(),
  scope: z
    .union([z.string().max(4096), z.array(z.string().max(256)).transform((s) => s.join(' '))])
    .optional(),
});

/** The token set the relay answers with. */
export type TokenSet = z.output<typeof upstreamTokenSchema>;

/** What came back from the token endpoint, before interpretation. */
export interface UpstreamAnswer {
  status: number;
  retryAfter: string | null;
  bytes: Uint8Array;
}

const oauthErrorCode = /^[\x20-\x21\x23-\x5b\x5d-\x7e]{1,100}$/;
const maxDescriptionLength = 300;

/**
 * Interprets a token endpoint answer. `requireRefreshToken` is set for refresh calls: every
 * provider here rotates refresh tokens, so an answer without a new one would strand the app.
 */
export function interpretTokenAnswer(
  providerName: string,
  answer: UpstreamAnswer,
  requireRefreshToken: boolean,
): TokenSet {
  if (answer.status >= 200 && answer.status < 300) {
    const json = parseJson(answer.bytes);
    if (json === undefined) {
      throw new UpstreamInvalidResponseError(providerName, 'with malformed JSON');
    }
    const parsed = upstreamTokenSchema.safeParse(json);
    if (!parsed.success) {
      throw new UpstreamInvalidResponseError(providerName, 'without a usable token set');
    }
    if (requireRefreshToken && parsed.data.refresh_token === undefined) {
      throw new UpstreamInvalidResponseError(providerName, 'without a new refresh token');
    }
    return parsed.data;
  }
  throw upstreamFailure(providerName, answer);
}

/** The error for a non-2xx answer: 4xx keep their status, 5xx and oddities become 502. */
export function upstreamFailure(providerName: string, answer: UpstreamAnswer): RelayError {
  const { status } = answer;
  if (status < 400 || status > 599) {
    return new UpstreamInvalidResponseError(providerName, `with HTTP ${status}`);
  }
  const body = parseJson(answer.bytes);
  const fields = body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {};
  const code =
    typeof fields.error === 'string' && oauthErrorCode.test(fields.error)
      ? fields.error
      : 'upstream_error';
  const description =
    firstText(fields.error_description, fields.message, fields.details, fields.errorMessages) ??
    `${providerName} answered HTTP ${status}.`;
  const relayStatus = (status >= 500 ? 502 : status) as RelayStatus;
  return new UpstreamOAuthError(relayStatus, code, description, status, answer.retryAfter);
}

function parseJson(bytes: Uint8Array): unknown {
  const text = decodeUtf8(bytes);
  if (text === null || text.trim() === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function withoutControlCharacters(text: string): string {
  return Array.from(text, (char) => {
    const code = char.charCodeAt(0);
    return code < 0x20 || code === 0x7f ? ' ' : char;
  })
    .join('')
    .replace(/ {2,}/g, ' ');
}

/** The first usable human-readable text among candidates, cleaned of control characters. */
function firstText(...candidates: unknown[]): string | null {
  for (const candidate of candidates) {
    const value = Array.isArray(candidate) ? candidate[0] : candidate;
    if (typeof value !== 'string') continue;
    const clean = withoutControlCharacters(value).trim();
    if (clean.length === 0) continue;
    return clean.length > maxDescriptionLength
      ? `${clean.slice(0, maxDescriptionLength - 1)}…`
      : clean;
  }
  return null;
}
