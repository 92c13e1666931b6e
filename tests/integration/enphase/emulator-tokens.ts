/**
 * A TokenSource for tests that does the real OAuth dance against the Enphase emulator: the
 * sign-in form post (as a browser would send it), the code redeemed at the token endpoint with
 * Basic client credentials, and refreshes that rotate the refresh token. No vault involved, so
 * the provider is tested on its own; a refused refresh becomes ReauthRequiredError as the vault
 * promises.
 */
import { ReauthRequiredError } from '../../../electron/errors';
import type { TokenSource } from '../../../electron/vault/types';
import type { EnphaseEmulator, TokenResponse } from '../../emulators/enphase';

const redirectUri = 'http://127.0.0.1:9/oauth/enphase/callback';

/** The tokens of one signed-in owner, renewed like the vault would. */
export class EmulatorTokenSource implements TokenSource {
  /** How many refreshes were made (each one is a token-endpoint call). */
  refreshes = 0;

  private constructor(
    private readonly emulator: EnphaseEmulator,
    readonly connectionId: string,
    private tokens: TokenResponse,
  ) {}

  /** Signs `login` in through the emulator's form and redeems the code. */
  static async signIn(
    emulator: EnphaseEmulator,
    login: string,
    connectionId = `enphase-${login}`,
  ): Promise<EmulatorTokenSource> {
    const account = emulator.accounts.find((a) => a.login === login);
    if (!account) throw new Error(`no emulated account ${login}`);
    const form = new URLSearchParams({
      response_type: 'code',
      client_id: emulator.app.clientId,
      redirect_uri: redirectUri,
      state: 'test-state',
      email: login,
      password: account.password,
      action: 'signin',
    });
    const authorize = await fetch(`${emulator.url}/oauth/authorize`, {
      method: 'POST',
      body: form,
      redirect: 'manual',
    });
    const location = authorize.headers.get('location');
    const code = location ? new URL(location).searchParams.get('code') : null;
    if (!code) throw new Error(`sign-in failed with HTTP ${authorize.status}`);
    const tokens = await tokenCall(emulator, {
      grant_type: 'authorization_code',
      redirect_uri: redirectUri,
      code,
    });
    if (!tokens) throw new Error('code redemption failed');
    return new EmulatorTokenSource(emulator, connectionId, tokens);
  }

  async accessToken(): Promise<string> {
    return this.tokens.access_token;
  }

  async renewAfterUnauthorized(rejected: string): Promise<string> {
    // Another call renewed already: use that token instead of burning another refresh.
    if (rejected !== this.tokens.access_token) return this.tokens.access_token;
    // One renewal in flight at a time, as the vault does (single-flight).
    this.renewal ??= this.renew().finally(() => {
      this.renewal = null;
    });
    return this.renewal;
  }

  private renewal: Promise<string> | null = null;

  private async renew(): Promise<string> {
    this.refreshes += 1;
    const tokens = await tokenCall(this.emulator, {
      grant_type: 'refresh_token',
      refresh_token: this.tokens.refresh_token,
    });
    if (!tokens) throw new ReauthRequiredError(this.connectionId);
    this.tokens = tokens;
    return tokens.access_token;
  }

  /** Makes the current access token unusable for the API (as if it expired) without revoking. */
  forget(): void {
    this.tokens = { ...this.tokens, access_token: 'expired-access-token' };
  }
}

async function tokenCall(
  emulator: EnphaseEmulator,
  params: Record<string, string>,
): Promise<TokenResponse | null> {
  const basic = Buffer.from(`${emulator.app.clientId}:${emulator.app.clientSecret}`).toString(
    'base64',
  );
  const response = await fetch(`${emulator.url}/oauth/token?${new URLSearchParams(params)}`, {
    method: 'POST',
    headers: { authorization: `Basic ${basic}` },
  });
  if (response.status !== 200) return null;
  return (await response.json()) as TokenResponse;
}
