// After a full connect, a refresh with rotation and a disconnect, no access token, refresh token,
// API key or client secret appears in plain text anywhere the app writes or answers: the settings
// file on disk, the cache file, the log, or any IPC answer of the connections channels.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTokens } from '../../../electron/vault/token-blob';
import { ACCOUNT_A, ACCOUNT_B } from '../../emulators/enphase';
import { AesGcmCipher } from '../../harness/aes-gcm-cipher';
import { passwordOf, signInOnPage, startOAuthRig, type OAuthRig } from './rig';

let rig: OAuthRig;
let connectionId: string;

async function connect(login: string) {
  const answer = rig.ask('connections.connect', { provider: 'enphase' });
  await signInOnPage(await rig.authWindow.nextPage(), login, passwordOf(login));
  return answer;
}

beforeAll(async () => {
  rig = await startOAuthRig();
  const { connection, systems } = await connect(ACCOUNT_A);
  connectionId = connection.id;
  await rig.ask('connections.systems', { connectionId });
  await rig.ask('connections.chooseSites', {
    connectionId,
    externalIds: systems.map((s) => s.externalId),
  });
  // A day later the access token has expired: the next call refreshes (and rotates) it.
  rig.clock.seconds += 86_400;
  await rig.ask('connections.test', { connectionId });
  await rig.ask('connections.list');
  await rig.ask('budget.get');
  const other = await connect(ACCOUNT_B);
  await rig.ask('connections.disconnect', { connectionId: other.connection.id, keepData: false });
});

afterAll(async () => {
  await rig?.stop();
});

describe('after connect, refresh and disconnect', () => {
  it('the refresh rotated the tokens and saved the new refresh token, encrypted', async () => {
    expect(rig.issued.refresh.length).toBeGreaterThanOrEqual(3);
    const record = rig.connections.vault.records.get(connectionId)!;
    expect(record.refreshedAt).toBe(rig.clock.now());
    const { tokens } = await openTokens(new AesGcmCipher(rig.dataDir), record.tokenBlob!);
    expect(tokens.refreshToken).toBe(rig.issued.refresh[1]);
  });

  it('the spent refresh token is dead at Enphase: rotation really happened', async () => {
    const answer = await fetch(`${rig.relay.url}/oauth/enphase/refresh`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ refresh_token: rig.issued.refresh[0] }),
    });
    expect(answer.status).toBe(400);
    expect(await answer.json()).toMatchObject({ error: 'invalid_grant' });
  });

  const secrets = () => [
    ...rig.issued.access,
    ...rig.issued.refresh,
    rig.emulator.app.apiKey,
    rig.emulator.app.clientSecret,
  ];

  it('the settings file on disk holds no secret in plain text', () => {
    const file = readFileSync(rig.store.path, 'utf8');
    expect(file).toContain('tokenBlob');
    for (const secret of secrets()) expect(file).not.toContain(secret);
  });

  it('the cache file holds none either', () => {
    const file = readFileSync(join(rig.dataDir, 'cache.sqlite')).toString('latin1');
    for (const secret of secrets()) expect(file).not.toContain(secret);
  });

  it('the log holds none', () => {
    const text = rig.log.text();
    expect(text).toContain('tokens refreshed');
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });

  it('no IPC answer carries a secret, the client id, or the encrypted blob', () => {
    const answers = JSON.stringify(rig.answers);
    expect(rig.answers.length).toBeGreaterThanOrEqual(8);
    for (const secret of [...secrets(), rig.emulator.app.clientId]) {
      expect(answers).not.toContain(secret);
    }
    expect(answers).not.toContain('tokenBlob');
    expect(answers).not.toContain(rig.connections.vault.records.get(connectionId)!.tokenBlob!);
  });

  it('the relay logged none either', () => {
    const text = rig.relayLogs.join('\n');
    for (const secret of secrets()) expect(text).not.toContain(secret);
  });
});
