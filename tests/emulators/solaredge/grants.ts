/**
 * Site Access grants with SolarEdge's rules (reference): a code works once, for 10 minutes, with
 * the redirect URI it was issued for; access tokens last 7,200 s; every refresh returns a NEW
 * refresh token and the old one dies; a refresh token unused for 30 days dies; a grant lasts the
 * `access_duration` the owner agreed to (at most 24 months); revoking any of its tokens, or the
 * owner revoking the app, ends the grant. Expiry reads the emulator clock.
 */
import { randomBytes } from 'node:crypto';
import { DateTime } from 'luxon';
import type { EmulatorClock } from '../enphase/clock';

/** Token lifetimes (s). */
export interface GrantLifetimes {
  accessSeconds: number;
  refreshIdleSeconds: number;
  codeSeconds: number;
}

/** 7,200 s access tokens, refresh tokens that die after 30 days unused, 10-minute codes. */
export const defaultGrantLifetimes: GrantLifetimes = {
  accessSeconds: 7_200,
  refreshIdleSeconds: 30 * 86_400,
  codeSeconds: 600,
};

/** The scopes the app asks for. */
export const SITE_ACCESS_SCOPES = 'SITE_DATA DEVICE_DATA';

/** The token endpoint's success body. */
export interface SiteAccessTokens {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token: string;
  scope: string;
}

/** Why a code or refresh token was refused. */
export type GrantFailure = { error: 'invalid_grant'; description: string };

/** What a consent produces. */
export interface ConsentRequest {
  login: string;
  siteId: number;
  redirectUri: string;
  scope: string;
  /** Months the grant lasts (1–24). */
  accessMonths: number;
}

interface Grant {
  id: number;
  login: string;
  siteId: number;
  scope: string;
  endsAt: number;
  revoked: boolean;
}

/** Codes, grants and their tokens for the one platform application. */
export class GrantStore {
  private readonly codes = new Map<string, ConsentRequest & { expiresAt: number }>();
  private readonly grants = new Map<number, Grant>();
  private readonly access = new Map<string, { grantId: number; expiresAt: number }>();
  private readonly refresh = new Map<string, { grantId: number; diesAt: number }>();
  private nextGrantId = 1;

  constructor(
    private readonly clock: EmulatorClock,
    private readonly lifetimes: GrantLifetimes = defaultGrantLifetimes,
  ) {}

  /** A fresh code for an owner who signed in and agreed. */
  issueCode(consent: ConsentRequest): string {
    const code = randomBytes(12).toString('base64url');
    this.codes.set(code, { ...consent, expiresAt: this.clock.now() + this.lifetimes.codeSeconds });
    return code;
  }

  /** Redeems a code into a new grant: the code is used up on the first attempt. */
  redeemCode(code: string, redirectUri: string): SiteAccessTokens | GrantFailure {
    const record = this.codes.get(code);
    this.codes.delete(code);
    if (!record) return failure('Invalid authorization code');
    if (this.clock.now() >= record.expiresAt) return failure('Authorization code expired');
    if (record.redirectUri !== redirectUri) return failure('redirect_uri does not match');
    const now = this.clock.now();
    const grant: Grant = {
      id: this.nextGrantId++,
      login: record.login,
      siteId: record.siteId,
      scope: record.scope,
      endsAt: DateTime.fromSeconds(now, { zone: 'UTC' })
        .plus({ months: record.accessMonths })
        .toSeconds(),
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return this.issue(grant);
  }

  /** Spends a refresh token: it never works again; the grant gets a new pair. */
  spendRefreshToken(token: string): SiteAccessTokens | GrantFailure {
    const record = this.refresh.get(token);
    this.refresh.delete(token);
    if (!record) return failure('Invalid refresh token');
    const grant = this.grants.get(record.grantId);
    const now = this.clock.now();
    if (!grant || grant.revoked) return failure('The grant was revoked');
    if (now >= record.diesAt) return failure('Refresh token expired (unused for 30 days)');
    if (now >= grant.endsAt) return failure('The grant expired');
    return this.issue(grant);
  }

  /** The grant behind a live access token, or null (unknown, expired, revoked or ended). */
  grantOfAccessToken(token: string): { login: string; siteId: number; scope: string } | null {
    const record = this.access.get(token);
    if (!record || this.clock.now() >= record.expiresAt) return null;
    const grant = this.grants.get(record.grantId);
    if (!grant || grant.revoked || this.clock.now() >= grant.endsAt) return null;
    return { login: grant.login, siteId: grant.siteId, scope: grant.scope };
  }

  /** `revoke-token`: either token of a grant ends the whole grant. False if unknown. */
  revokeToken(token: string): boolean {
    const grantId = this.access.get(token)?.grantId ?? this.refresh.get(token)?.grantId;
    const grant = grantId === undefined ? undefined : this.grants.get(grantId);
    if (!grant) return false;
    grant.revoked = true;
    return true;
  }

  /** The owner revokes the app (for one site, or all of theirs): returns grants ended. */
  revokeOwner(login: string, siteId?: number): number {
    let ended = 0;
    for (const grant of this.grants.values()) {
      const matches = grant.login === login && (siteId === undefined || grant.siteId === siteId);
      if (matches && !grant.revoked) {
        grant.revoked = true;
        ended += 1;
      }
    }
    return ended;
  }

  /** Live grants, for the admin view. */
  liveGrants(): { login: string; siteId: number; endsAt: number }[] {
    return [...this.grants.values()]
      .filter((grant) => !grant.revoked && grant.endsAt > this.clock.now())
      .map(({ login, siteId, endsAt }) => ({ login, siteId, endsAt }));
  }

  private issue(grant: Grant): SiteAccessTokens {
    const now = this.clock.now();
    const accessToken = `se-at-${randomBytes(24).toString('base64url')}`;
    const refreshToken = `se-rt-${randomBytes(24).toString('base64url')}`;
    this.access.set(accessToken, {
      grantId: grant.id,
      expiresAt: now + this.lifetimes.accessSeconds,
    });
    this.refresh.set(refreshToken, {
      grantId: grant.id,
      diesAt: now + this.lifetimes.refreshIdleSeconds,
    });
    return {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: this.lifetimes.accessSeconds,
      refresh_token: refreshToken,
      scope: grant.scope,
    };
  }
}

function failure(description: string): GrantFailure {
  return { error: 'invalid_grant', description };
}
