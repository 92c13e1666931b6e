/**
 * Tesla's grants with the reference's rules: a code works once, for 10 minutes, and carries the
 * owner's region as its prefix (`NA_…`, `EU_…`, as the Python fleet client reads it); the token
 * is issued for one `audience` (a regional base); access tokens last 8 hours; refresh tokens
 * last 3 months and are SINGLE USE: a refresh returns a new pair and kills the old refresh token
 * AND the old access tokens. Presenting a spent refresh token again is treated as a leak: the
 * whole grant is revoked (the next refresh says `login_required`) and the re-use is counted.
 * Partner tokens (client_credentials) carry no user. Expiry reads the emulator clock.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { EmulatorClock } from '../enphase/clock';
import type { TeslaRegion } from './sites';

/** Token lifetimes (s). */
export interface TeslaLifetimes {
  accessSeconds: number;
  refreshSeconds: number;
  codeSeconds: number;
}

/** 8-hour access tokens, 3-month refresh tokens, 10-minute codes. */
export const defaultTeslaLifetimes: TeslaLifetimes = {
  accessSeconds: 8 * 3600,
  refreshSeconds: 90 * 86_400,
  codeSeconds: 600,
};

/** The token endpoint's success body. */
export interface TeslaTokens {
  access_token: string;
  refresh_token?: string;
  id_token?: string;
  token_type: 'Bearer';
  expires_in: number;
  scope?: string;
}

/** Why a grant call failed: the OAuth error and the HTTP status that carries it. */
export interface GrantFailure {
  status: 400 | 401;
  error: 'invalid_grant' | 'login_required' | 'invalid_request';
  description: string;
}

/** Who a live access token speaks for. */
export interface TokenHolder {
  /** null for a partner token. */
  login: string | null;
  /** The regional base the token was issued for. */
  audience: string;
  scopes: string[];
  /** Grant id (user tokens) or `partner:<n>`; rate limits count per holder. */
  key: string;
}

interface Grant {
  id: number;
  login: string;
  scopes: string[];
  audience: string;
  revoked: boolean;
}

interface PendingCode {
  login: string;
  region: TeslaRegion;
  redirectUri: string;
  scopes: string[];
  expiresAt: number;
}

/** Codes, grants, tokens, and the count of spent refresh tokens presented again. */
export class TeslaGrants {
  private readonly codes = new Map<string, PendingCode>();
  private readonly grants = new Map<number, Grant>();
  private readonly access = new Map<
    string,
    { holder: TokenHolder; expiresAt: number; grantId: number | null }
  >();
  private readonly refresh = new Map<string, { grantId: number; diesAt: number; spent: boolean }>();
  private nextGrantId = 1;
  private nextPartner = 1;
  /** Spent refresh tokens presented again (each one revoked its grant). */
  refreshReuse = 0;

  constructor(
    private readonly clock: EmulatorClock,
    private readonly lifetimes: TeslaLifetimes = defaultTeslaLifetimes,
    /** Codes start with the owner's region (`EU_…`); false issues codes that say nothing. */
    private readonly regionPrefixedCodes = true,
  ) {}

  /** A fresh code for an owner who signed in and agreed; prefixed with their region. */
  issueCode(login: string, region: TeslaRegion, redirectUri: string, scopes: string[]): string {
    const random = randomBytes(16).toString('hex');
    const code = this.regionPrefixedCodes ? `${region}_${random}` : random;
    this.codes.set(code, {
      login,
      region,
      redirectUri,
      scopes,
      expiresAt: this.clock.now() + this.lifetimes.codeSeconds,
    });
    return code;
  }

  /** Redeems a code (used up on the first attempt) into a grant for one audience. */
  redeemCode(code: string, redirectUri: string, audience: string): TeslaTokens | GrantFailure {
    const record = this.codes.get(code);
    this.codes.delete(code);
    if (!record) return invalidGrant('The authorization code is invalid or was already used');
    if (this.clock.now() >= record.expiresAt) return invalidGrant('The authorization code expired');
    if (record.redirectUri !== redirectUri) return invalidGrant('redirect_uri does not match');
    const grant: Grant = {
      id: this.nextGrantId++,
      login: record.login,
      scopes: record.scopes,
      audience,
      revoked: false,
    };
    this.grants.set(grant.id, grant);
    return this.issue(grant);
  }

  /**
   * Spends a refresh token; a spent one presented again revokes its grant. An `audience`
   * re-issues the grant for that region (how an app that learnt its region moves there).
   */
  spendRefreshToken(token: string, audience?: string): TeslaTokens | GrantFailure {
    const record = this.refresh.get(token);
    if (!record) return invalidGrant('The refresh token is invalid');
    const grant = this.grants.get(record.grantId)!;
    if (record.spent) {
      this.refreshReuse += 1;
      this.endGrant(grant);
      return loginRequired('The refresh token was already used; the grant is revoked');
    }
    record.spent = true;
    if (grant.revoked) return loginRequired('The user revoked access or changed their password');
    if (this.clock.now() >= record.diesAt) return loginRequired('The refresh token expired');
    this.dropAccessTokens(grant.id);
    if (audience !== undefined) grant.audience = audience;
    return this.issue(grant);
  }

  /** A client_credentials token for the partner endpoints of one region. */
  issuePartnerToken(audience: string, scopes: string[]): TeslaTokens {
    const token = `tesla-pt-${randomBytes(24).toString('base64url')}`;
    const key = `partner:${this.nextPartner++}`;
    this.access.set(token, {
      holder: { login: null, audience, scopes, key },
      expiresAt: this.clock.now() + this.lifetimes.accessSeconds,
      grantId: null,
    });
    return {
      access_token: token,
      token_type: 'Bearer',
      expires_in: this.lifetimes.accessSeconds,
      scope: scopes.join(' '),
    };
  }

  /** Who a live access token speaks for, or null (unknown, expired, rotated away, revoked). */
  holderOf(token: string): TokenHolder | null {
    const record = this.access.get(token);
    if (!record || this.clock.now() >= record.expiresAt) return null;
    if (record.grantId !== null && this.grants.get(record.grantId)?.revoked) return null;
    return record.holder;
  }

  /** The owner revokes the app or changes their password: every grant of theirs ends. */
  revokeOwner(login: string): number {
    let ended = 0;
    for (const grant of this.grants.values()) {
      if (grant.login === login && !grant.revoked) {
        this.endGrant(grant);
        ended += 1;
      }
    }
    return ended;
  }

  /** Live grants, for the admin view. */
  liveGrants(): { login: string; audience: string }[] {
    return [...this.grants.values()]
      .filter((grant) => !grant.revoked)
      .map(({ login, audience }) => ({ login, audience }));
  }

  private endGrant(grant: Grant): void {
    grant.revoked = true;
    this.dropAccessTokens(grant.id);
  }

  private dropAccessTokens(grantId: number): void {
    for (const [token, record] of this.access) {
      if (record.grantId === grantId) this.access.delete(token);
    }
  }

  private issue(grant: Grant): TeslaTokens {
    const now = this.clock.now();
    const accessToken = `tesla-at-${randomBytes(24).toString('base64url')}`;
    const refreshToken = `tesla-rt-${randomBytes(24).toString('base64url')}`;
    this.access.set(accessToken, {
      holder: {
        login: grant.login,
        audience: grant.audience,
        scopes: grant.scopes,
        key: `grant:${grant.id}`,
      },
      expiresAt: now + this.lifetimes.accessSeconds,
      grantId: grant.id,
    });
    this.refresh.set(refreshToken, {
      grantId: grant.id,
      diesAt: now + this.lifetimes.refreshSeconds,
      spent: false,
    });
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      id_token: idTokenOf(grant.login, grant.audience),
      token_type: 'Bearer',
      expires_in: this.lifetimes.accessSeconds,
      scope: grant.scopes.join(' '),
    };
  }
}

/** The owner's stable subject: a UUID derived from the login, as Tesla's `sub` is per user. */
export function subjectOf(login: string): string {
  const hex = createHash('sha256').update(login.toLowerCase()).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** An OpenID id_token (JWT shape) naming the owner in `sub`; the signature is not checkable here. */
function idTokenOf(login: string, audience: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return [
    part({ alg: 'RS256', typ: 'JWT' }),
    part({ iss: 'https://auth.tesla.com/oauth2/v3/nts', sub: subjectOf(login), aud: audience }),
    randomBytes(32).toString('base64url'),
  ].join('.');
}

function invalidGrant(description: string): GrantFailure {
  return { status: 400, error: 'invalid_grant', description };
}

function loginRequired(description: string): GrantFailure {
  return { status: 401, error: 'login_required', description };
}
