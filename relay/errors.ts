/**
 * Named errors of the relay. Each carries the HTTP status and the OAuth-style `{error,
 * error_description}` body the caller receives, so the app can tell a revoked grant from a
 * provider outage without parsing prose. The global error handler turns them into responses;
 * anything else becomes a generic 500 whose details stay in the (redacted) log.
 */
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Statuses the relay answers with: any status that carries a body. */
export type RelayStatus = ContentfulStatusCode;

/** Base class: an error whose code and description are safe to send to the caller as they are. */
export class RelayError extends Error {
  constructor(
    readonly status: RelayStatus,
    readonly code: string,
    readonly description: string,
  ) {
    super(`${code}: ${description}`);
    this.name = new.target.name;
  }

  /** The JSON body the caller receives. */
  toBody(): Record<string, unknown> {
    return { error: this.code, error_description: this.description };
  }
}

/** The path names a provider the relay has never heard of. */
export class UnknownProviderError extends RelayError {
  constructor(provider: string) {
    super(404, 'unknown_provider', `No OAuth provider named "${provider.slice(0, 40)}".`);
  }
}

/** The provider exists but this deployment has no credentials for it. */
export class ProviderDisabledError extends RelayError {
  constructor(reason: string) {
    super(404, 'provider_disabled', reason);
  }
}

/** The request body or query is missing something or malformed. */
export class InvalidRequestError extends RelayError {
  constructor(description: string) {
    super(400, 'invalid_request', description);
  }
}

/** A token request named a redirect URI that is not on the allowlist. */
export class InvalidRedirectUriError extends RelayError {
  constructor() {
    super(400, 'invalid_redirect_uri', 'redirect_uri is not one this relay allows.');
  }
}

/** The body grew past the limit while it was being read. */
export class PayloadTooLargeError extends RelayError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `Request bodies are limited to ${limitBytes} bytes.`);
  }
}

/** A POST arrived with something other than JSON. */
export class UnsupportedMediaTypeError extends RelayError {
  constructor() {
    super(415, 'unsupported_media_type', 'Send the request body as application/json.');
  }
}

/** The route exists but not for this method (OPTIONS included: the relay is no browser API). */
export class MethodNotAllowedError extends RelayError {
  constructor(readonly allow: string) {
    super(405, 'method_not_allowed', `Use ${allow}.`);
  }
}

/** The caller's address spent its requests for this window. */
export class RateLimitedError extends RelayError {
  constructor(readonly retryAfterSeconds: number) {
    super(429, 'rate_limited', `Too many requests: retry in ${retryAfterSeconds} s.`);
  }
}

/** The provider refused (invalid_grant, invalid_client…): its status and code are passed through. */
export class UpstreamOAuthError extends RelayError {
  constructor(
    status: RelayStatus,
    code: string,
    description: string,
    readonly upstreamStatus: number,
    readonly retryAfter: string | null,
  ) {
    super(status, code, description);
  }

  override toBody(): Record<string, unknown> {
    return { ...super.toBody(), upstream_status: this.upstreamStatus };
  }
}

/** The provider could not be reached at all (DNS, refused connection, reset). */
export class UpstreamUnreachableError extends RelayError {
  constructor(provider: string) {
    super(502, 'upstream_unreachable', `The ${provider} token endpoint could not be reached.`);
  }
}

/** The provider did not answer within the configured timeout. */
export class UpstreamTimeoutError extends RelayError {
  constructor(provider: string, timeoutMs: number) {
    super(
      504,
      'upstream_timeout',
      `The ${provider} token endpoint did not answer in ${timeoutMs} ms.`,
    );
  }
}

/** The provider answered, but not with a token set we can trust. */
export class UpstreamInvalidResponseError extends RelayError {
  constructor(provider: string, why: string) {
    super(502, 'upstream_invalid_response', `The ${provider} token endpoint answered ${why}.`);
  }
}

/** A code the relay will not redeem for this caller (a sealed code without its verifier, expired…). */
export class InvalidGrantError extends RelayError {
  constructor(description: string) {
    super(400, 'invalid_grant', description);
  }
}

/** The path names a provider whose quota the relay does not lease. */
export class UnknownQuotaProviderError extends RelayError {
  constructor(provider: string) {
    super(404, 'unknown_provider', `No quota is leased for "${provider.slice(0, 40)}".`);
  }
}

/** One address already holds leases for as many installations as the relay allows. */
export class InstallationLimitError extends RelayError {
  constructor() {
    super(429, 'installation_limit', 'Too many installations from this address.');
  }
}
