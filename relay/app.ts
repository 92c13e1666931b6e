/**
 * The relay as one Fetch-API handler (Hono): it holds the OAuth client secrets so the desktop
 * app never ships one, redeems codes and refresh tokens for every installation, and stores
 * nothing. Everything host-specific (the socket address, the port) comes in through `deps`,
 * so the same app runs under Node (relay/node.ts) or any serverless Fetch host.
 */
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import { leaseRequestSchema, type LeasedProviderId } from '../shared/quota-lease';
import { readJsonRequest } from './body';
import { challengeOfState, isVerifier, SEALED_CODE_PREFIX } from '../shared/code-binding';
import { appCallbackLink, interpretCallback } from './callback';
import { callbackPageCsp, renderCallbackPage } from './callback-page';
import {
  isRelayProviderId,
  maxRequestBodyBytes,
  relayProviderIds,
  type RelayConfig,
} from './config';
import {
  InvalidRedirectUriError,
  MethodNotAllowedError,
  ProviderDisabledError,
  RateLimitedError,
  RelayError,
  UnknownProviderError,
  UnknownQuotaProviderError,
  UpstreamOAuthError,
} from './errors';
import { openSealedCode, sealCode, SEALED_CODE_TTL_SECONDS } from './code-seal';
import { redeemGrant } from './exchange';
import { revokeGrant } from './revoke';
import { createJsonLogger, type RelayLogger } from './logger';
import { basicAuthorization, type EnabledProvider, type TokenGrant } from './providers';
import { StoreOutageNotice } from './quota/outage';
import { QuotaLeaseService } from './quota/service';
import { MemoryQuotaStore, QuotaStoreUnavailableError, type QuotaStore } from './quota/store';
import {
  FixedWindowRateLimiter,
  rateLimitKey,
  systemClock,
  type Clock,
  type RateLimitDecision,
} from './rate-limit';
import { securityHeaders } from './security-headers';

/** What the host provides; every field has a sensible Fetch-API default. */
export interface RelayDeps {
  fetch?: typeof fetch;
  clock?: Clock;
  logger?: RelayLogger;
  /** The caller's network address (the Node entry reads the socket); used when no proxy header is configured. */
  clientAddress?: (c: Context) => string | null | undefined;
  /** Where leases and rate-limit windows live; in memory (one instance) unless given. */
  quotaStore?: QuotaStore;
}

const visibleAscii = /^[\x21-\x7e]+$/;

const tokenRequestSchema = z.object({
  // Sealed codes (browser sign-ins) are longer than the provider's code they carry.
  code: z.string().min(1).max(4096).regex(visibleAscii),
  redirect_uri: z.string().min(1).max(2048),
  code_verifier: z.string().refine(isVerifier, 'not a verifier').optional(),
});

const refreshRequestSchema = z.object({
  refresh_token: z.string().min(1).max(16_384).regex(visibleAscii),
});

const revokeRequestSchema = z.object({
  token: z.string().min(1).max(16_384).regex(visibleAscii),
});

/** The one method each OAuth action accepts; a Map so `__proto__` or `toString` find nothing. */
const allowedMethods: ReadonlyMap<string, string> = new Map([
  ['token', 'POST'],
  ['refresh', 'POST'],
  ['revoke', 'POST'],
  ['callback', 'GET'],
]);

/** Path of Tesla's partner public key, fetched by Tesla during partner registration. */
export const teslaPublicKeyPath = '/.well-known/appspecific/com.tesla.3p.public-key.pem';

/** Builds the relay. `config` comes from {@link loadRelayConfig}. */
export function createRelayApp(config: RelayConfig, deps: RelayDeps = {}): Hono {
  const fetchImpl = deps.fetch ?? ((input, init) => fetch(input, init));
  const clientSecrets = relayProviderIds.flatMap((id) => {
    const credentials = config.providers[id].credentials;
    return credentials ? [credentials.clientSecret, basicAuthorization(credentials)] : [];
  });
  if (config.quota.redisUrl)
    clientSecrets.push(decodeURIComponent(new URL(config.quota.redisUrl).password));
  const logger = (deps.logger ?? createJsonLogger()).withSecrets(clientSecrets);
  const now = (): number => clock.now();
  const clock = deps.clock ?? systemClock;
  const store = deps.quotaStore ?? new MemoryQuotaStore();
  const outage = new StoreOutageNotice(logger);
  const limiter = new FixedWindowRateLimiter(config.rateLimitPerMinute, 60, clock, store);
  const leases = new QuotaLeaseService({ config: config.quota, store, clock, logger, outage });

  /** The shared store down must never stop token exchange: the request goes through. */
  const takeRequest = async (key: string): Promise<RateLimitDecision> => {
    try {
      return await limiter.take(key);
    } catch (error) {
      if (!(error instanceof QuotaStoreUnavailableError)) throw error;
      outage.failed(error);
      return { allowed: true, remaining: 0 };
    }
  };

  const callerAddress = (c: Context): string | null => {
    if (config.clientIpHeader) {
      const forwarded = c.req.header(config.clientIpHeader);
      const last = forwarded?.split(',').at(-1)?.trim();
      if (last) return last;
    }
    return deps.clientAddress?.(c) ?? null;
  };

  const enabledProvider = (name: string): EnabledProvider => {
    if (!isRelayProviderId(name)) throw new UnknownProviderError(name);
    const provider = config.providers[name];
    if (!provider.credentials) {
      throw new ProviderDisabledError(provider.disabledReason ?? 'Provider disabled.');
    }
    return provider as EnabledProvider;
  };

  const redeem = (provider: EnabledProvider, grant: TokenGrant, secret: string) =>
    redeemGrant(provider, grant, {
      fetch: fetchImpl,
      timeoutMs: config.upstreamTimeoutMs,
      teslaAudience: config.teslaAudience,
      logger: logger.withSecrets([secret]),
    });

  const app = new Hono();
  app.use('*', securityHeaders());
  app.use('*', async (c, next) => {
    const started = performance.now();
    await next();
    logger.info('request', {
      method: c.req.method,
      path: c.req.path.slice(0, 200),
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  });

  app.get('/healthz', (c) =>
    c.json({
      ok: true,
      providers: Object.fromEntries(
        relayProviderIds.map((id) => [id, config.providers[id].credentials !== null]),
      ),
    }),
  );

  app.get(teslaPublicKeyPath, (c) => {
    if (config.teslaPublicKeyPem === null) {
      return c.json(
        { error: 'not_found', error_description: 'No Tesla public key is configured.' },
        404,
      );
    }
    return c.body(config.teslaPublicKeyPem, 200, { 'content-type': 'application/x-pem-file' });
  });

  const rateLimited = async (c: Context, next: () => Promise<void>): Promise<void> => {
    const decision = await takeRequest(rateLimitKey(callerAddress(c)));
    if (!decision.allowed) throw new RateLimitedError(decision.retryAfterSeconds);
    await next();
  };
  app.use('/oauth/*', rateLimited);
  app.use('/quota/*', rateLimited);

  const leasedProvider = (name: string): LeasedProviderId => {
    // A Map lookup: a path segment such as "__proto__" or "constructor" finds nothing.
    if (!config.quota.capacity.has(name as LeasedProviderId)) {
      throw new UnknownQuotaProviderError(name);
    }
    return name as LeasedProviderId;
  };

  app.post('/quota/:provider/lease', async (c) => {
    const provider = leasedProvider(c.req.param('provider'));
    const body = await readJsonRequest(c.req.raw, maxRequestBodyBytes, leaseRequestSchema);
    return c.json(await leases.lease(provider, body, rateLimitKey(callerAddress(c))));
  });

  app.all('/quota/:provider/lease', () => {
    throw new MethodNotAllowedError('POST');
  });

  app.post('/oauth/:provider/token', async (c) => {
    const provider = enabledProvider(c.req.param('provider'));
    const body = await readJsonRequest(c.req.raw, maxRequestBodyBytes, tokenRequestSchema);
    if (!config.allowedRedirectUris.has(body.redirect_uri)) throw new InvalidRedirectUriError();
    // A browser sign-in's code came through the deep link sealed to the app that started it.
    const code = body.code.startsWith(SEALED_CODE_PREFIX)
      ? await openSealedCode(body.code, body.code_verifier, provider.id, config.codeKey, now())
      : body.code;
    const grant: TokenGrant = {
      type: 'authorization_code',
      code,
      redirectUri: body.redirect_uri,
      ...(body.code_verifier ? { codeVerifier: body.code_verifier } : {}),
    };
    return c.json(await redeem(provider, grant, code));
  });

  app.post('/oauth/:provider/refresh', async (c) => {
    const provider = enabledProvider(c.req.param('provider'));
    const body = await readJsonRequest(c.req.raw, maxRequestBodyBytes, refreshRequestSchema);
    const grant: TokenGrant = { type: 'refresh_token', refreshToken: body.refresh_token };
    return c.json(await redeem(provider, grant, body.refresh_token));
  });

  app.post('/oauth/:provider/revoke', async (c) => {
    const provider = enabledProvider(c.req.param('provider'));
    const body = await readJsonRequest(c.req.raw, maxRequestBodyBytes, revokeRequestSchema);
    await revokeGrant(provider, body.token, {
      fetch: fetchImpl,
      timeoutMs: config.upstreamTimeoutMs,
      logger: logger.withSecrets([body.token]),
    });
    return c.json({ revoked: true });
  });

  app.get('/oauth/:provider/callback', async (c) => {
    const provider = enabledProvider(c.req.param('provider'));
    const query = c.req.query();
    let outcome = interpretCallback(provider.id, query, config.appScheme);
    if (outcome.kind === 'code') {
      // Never the plain code: only a sealed one, bound to the challenge the app put in `state`.
      const state = query.state!;
      const challenge = challengeOfState(state);
      outcome = challenge
        ? {
            ...outcome,
            deepLink: appCallbackLink(config.appScheme, provider.id, {
              ...outcome.params,
              code: await sealCode(
                {
                  code: query.code!,
                  provider: provider.id,
                  challenge,
                  expiresAt: now() + SEALED_CODE_TTL_SECONDS,
                },
                config.codeKey,
              ),
            }),
          }
        : { kind: 'invalid', provider: provider.id, reason: 'the sign-in is not bound to an app' };
    }
    const page = renderCallbackPage(outcome, provider.displayName);
    return c.html(page.html, page.status, { 'content-security-policy': callbackPageCsp() });
  });

  app.all('/oauth/:provider/:action', (c) => {
    const allow = allowedMethods.get(c.req.param('action'));
    if (allow) throw new MethodNotAllowedError(allow);
    return c.notFound();
  });

  app.notFound((c) =>
    c.json({ error: 'not_found', error_description: 'No such endpoint on this relay.' }, 404),
  );

  app.onError((error, c) => {
    if (error instanceof RelayError) {
      const headers: Record<string, string> = {};
      if (error instanceof RateLimitedError)
        headers['retry-after'] = String(error.retryAfterSeconds);
      if (error instanceof UpstreamOAuthError && error.retryAfter) {
        headers['retry-after'] = error.retryAfter;
      }
      if (error instanceof MethodNotAllowedError) headers.allow = error.allow;
      return c.json(error.toBody(), error.status, headers);
    }
    if (error instanceof HTTPException && error.status < 500) {
      return c.json(
        { error: 'invalid_request', error_description: 'The request was refused.' },
        error.status,
      );
    }
    logger.error('unexpected error', { error, path: c.req.path.slice(0, 200) });
    return c.json(
      { error: 'server_error', error_description: 'The relay failed unexpectedly.' },
      500,
    );
  });

  return app;
}
