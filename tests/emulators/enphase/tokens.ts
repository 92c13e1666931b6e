/**
 * Authorization codes and tokens, with Enphase's rules: a code works once and for 10 minutes
 * and only with the redirect URI it was issued for; every refresh returns a new access AND
 * refresh token and the old refresh token dies; an owner who revokes the app kills every token
 * issued so far. Expiry reads the emulator clock, so tests jump past it instead of waiting.
 */
import { createHmac, randomBytes, randomUUID } from 'node:crypto';
import type { EmulatorClock } from './clock';
import type { AccountSpec } from './systems';

/** The token endpoint's success body, field for field. */
export interface TokenResponse {
  access_token: string;
  token_type: 'bearer';
  refresh_token: string;
  expires_in: number;
  scope: 'read write';
  enl_uid: string;
  enl_cid: string;
  enl_password_last_changed: string;
  is_internal_app: false;
  app_type: 'partner';
  jti: string;
}

/** Token lifetimes (s). */
export interface TokenLifetimes {
  accessSeconds: number;
  refreshSeconds: number;
  codeSeconds: number;
}

/** Access 86,393 s as the real endpoint answers, refresh 30 days, code 10 minutes. */
export const defaultLifetimes: TokenLifetimes = {
  accessSeconds: 86_393,
  refreshSeconds: 30 * 86_400,
  codeSeconds: 600,
};

/** Why a code or refresh token was refused: the `error_description` of an invalid_grant. */
export type GrantFailure = { error: 'invalid_grant'; description: string };

interface CodeRecord {
  login: string;
  redirectUri: string;
  expiresAt: number;
}

interface TokenRecord {
  login: string;
  expiresAt: number;
  revoked: boolean;
}

/** Codes, access tokens and refresh tokens of the one platform application. */
export class TokenStore {
  private readonly codes = new Map<string, CodeRecord>();
  private readonly access = new Map<string, TokenRecord>();
  private readonly refresh = new Map<string, TokenRecord>();
  private readonly signingKey = randomBytes(32);

  constructor(
    private readonly clock: EmulatorClock,
    private readonly clientId: string,
    private readonly lifetimes: TokenLifetimes = defaultLifetimes,
  ) {}

  /** A fresh code for an owner who signed in and agreed. */
  issueCode(login: string, redirectUri: string): string {
    const code = randomBytes(6).toString('base64url');
    this.codes.set(code, {
      login,
      redirectUri,
      expiresAt: this.clock.now() + this.lifetimes.codeSeconds,
    });
    return code;
  }

  /** Redeems a code: used up on the first attempt, even one with the wrong redirect URI. */
  redeemCode(code: string, redirectUri: string): { login: string } | GrantFailure {
    const record = this.codes.get(code);
    this.codes.delete(code);
    if (!record) return grantFailure('Invalid authorization code');
    if (this.clock.now() >= record.expiresAt) return grantFailure('Authorization code expired');
    if (record.redirectUri !== redirectUri) return grantFailure('Redirect URI mismatch.');
    return { login: record.login };
  }

  /** Issues an access and a refresh token for an owner. */
  issueTokens(account: AccountSpec): TokenResponse {
    const now = this.clock.now();
    const jti = randomUUID();
    const claims = {
      aud: ['oauth2-resource'],
      user_name: account.login,
      enl_uid: account.userId,
      enl_cid: account.companyId,
      enl_password_last_changed: String(account.passwordLastChanged),
      is_internal_app: false,
      app_type: 'partner',
      scope: ['read', 'write'],
      client_id: this.clientId,
    };
    const accessExpiresAt = now + this.lifetimes.accessSeconds;
    const accessToken = this.sign({ ...claims, exp: accessExpiresAt, jti });
    const refreshToken = this.sign({
      ...claims,
      ati: jti,
      exp: now + this.lifetimes.refreshSeconds,
      jti: randomUUID(),
    });
    this.access.set(accessToken, {
      login: account.login,
      expiresAt: accessExpiresAt,
      revoked: false,
    });
    this.refresh.set(refreshToken, {
      login: account.login,
      expiresAt: now + this.lifetimes.refreshSeconds,
      revoked: false,
    });
    return {
      access_token: accessToken,
      token_type: 'bearer',
      refresh_token: refreshToken,
      expires_in: this.lifetimes.accessSeconds,
      scope: 'read write',
      enl_uid: account.userId,
      enl_cid: account.companyId,
      enl_password_last_changed: String(account.passwordLastChanged),
      is_internal_app: false,
      app_type: 'partner',
      jti,
    };
  }

  /** Spends a refresh token: it never works again, whatever happens next. */
  spendRefreshToken(token: string): { login: string } | GrantFailure {
    const record = this.refresh.get(token);
    if (!record || record.revoked) return grantFailure('Invalid refresh token');
    this.refresh.delete(token);
    if (this.clock.now() >= record.expiresAt)
      return grantFailure('Invalid refresh token (expired)');
    return { login: record.login };
  }

  /** The owner behind a live access token, or null (unknown, expired or revoked). */
  ownerOfAccessToken(token: string): string | null {
    const record = this.access.get(token);
    if (!record || record.revoked || this.clock.now() >= record.expiresAt) return null;
    return record.login;
  }

  /** The owner revoked the app: every token issued to them so far stops working. */
  revoke(login: string): number {
    return this.setRevoked(login, true);
  }

  /** Undoes {@link revoke} for tokens that were not spent in the meantime. */
  restore(login: string): number {
    return this.setRevoked(login, false);
  }

  private setRevoked(login: string, revoked: boolean): number {
    let changed = 0;
    for (const store of [this.access, this.refresh]) {
      for (const record of store.values()) {
        if (record.login === login && record.revoked !== revoked) {
          record.revoked = revoked;
          changed += 1;
        }
      }
    }
    return changed;
  }

  /** A JWT-shaped token (HS256 over a per-emulator key) like the ones Enphase hands out. */
  private sign(payload: Record<string, unknown>): string {
    const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    const signature = createHmac('sha256', this.signingKey)
      .update(`${header}.${body}`)
      .digest('base64url');
    return `${header}.${body}.${signature}`;
  }
}

function grantFailure(description: string): GrantFailure {
  return { error: 'invalid_grant', description };
}
