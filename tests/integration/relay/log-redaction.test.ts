// Captures every log line of real exchanges and refreshes (successes and failures, with a
// provider that echoes the code and refresh token in its error text, as Enphase does) and
// looks for any code, token or secret in them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { relayProviderIds } from '../../../relay/config';
import { boundSignIn, startRelayUnderTest, type RelayUnderTest } from './relay-under-test';

let relay: RelayUnderTest;

beforeAll(async () => {
  relay = await startRelayUnderTest();
});

afterAll(async () => {
  await relay.close();
});

describe('relay logs', () => {
  it('contain no code, token, refresh token or client secret after a full exchange and refresh', async () => {
    const sent: string[] = [];
    for (const provider of relayProviderIds) {
      const code = `code-${provider}-0f3a9c`;
      const badCode = `bad-code-${provider}-7d21e4`;
      const badRefresh = `bad-rt-${provider}-91bc55`;
      sent.push(code, badCode, badRefresh);

      const exchanged = await relay.post(`/oauth/${provider}/token`, {
        code,
        redirect_uri: relay.redirectUri(provider),
      });
      expect(exchanged.status).toBe(200);
      const refreshToken = String(exchanged.json.refresh_token);
      const refreshed = await relay.post(`/oauth/${provider}/refresh`, {
        refresh_token: refreshToken,
      });
      expect(refreshed.status).toBe(200);
      const refused = await relay.post(`/oauth/${provider}/token`, {
        code: badCode,
        redirect_uri: relay.redirectUri(provider),
      });
      expect(refused.status).toBe(400);
      expect(
        (await relay.post(`/oauth/${provider}/refresh`, { refresh_token: badRefresh })).status,
      ).toBe(400);
      const page = await fetch(
        `${relay.url}/oauth/${provider}/callback?code=${code}&state=${boundSignIn().state}`,
      );
      expect(page.status).toBe(200);
    }

    const secrets = [
      ...sent,
      ...relayProviderIds.flatMap((id) => {
        const { clientId, clientSecret } = relay.credentials[id];
        return [clientSecret, Buffer.from(`${clientId}:${clientSecret}`).toString('base64')];
      }),
      ...relayProviderIds.flatMap((id) =>
        relay.upstreams[id].issued.flatMap((tokens) => [tokens.access_token, tokens.refresh_token]),
      ),
    ];
    const log = relay.logs.join('\n');

    const leaked = secrets.filter((secret) => log.includes(secret));
    expect(leaked).toEqual([]);

    // The logs did record the calls, including the provider's error text that echoed a secret.
    expect(relay.logs.length).toBeGreaterThanOrEqual(relayProviderIds.length * 5);
    expect(log).toContain('"msg":"upstream token call failed"');
    expect(log).toContain('Invalid authorization code: [REDACTED]');
    expect(log).toContain('Invalid refresh token: [REDACTED]');
    for (const line of relay.logs) expect(() => JSON.parse(line)).not.toThrow();
  });
});
