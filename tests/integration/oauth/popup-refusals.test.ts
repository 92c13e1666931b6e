// The ways a popup sign-in ends without a connection, over real HTTP: the owner denies access,
// closes the window, or lets it sit. Each ends with one clear sentence and nothing stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OAuthTimeoutError } from '../../../electron/oauth/errors';
import { ACCOUNT_A } from '../../emulators/enphase';
import { denyOnPage, passwordOf, signInOnPage, startOAuthRig, type OAuthRig } from './rig';

let rig: OAuthRig;

beforeAll(async () => {
  rig = await startOAuthRig();
});

afterAll(async () => {
  await rig?.stop();
});

describe('a popup sign-in that does not connect', () => {
  it('Deny in Enphase: a clear sentence, nothing stored, the relay never asked', async () => {
    const answer = rig.call('connections.connect', { provider: 'enphase' });
    await denyOnPage(await rig.authWindow.nextPage());
    expect(await answer).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'You declined access in Enphase; nothing was connected.',
      },
    });
    expect((await rig.ask('connections.list')).connections).toEqual([]);
    expect(rig.issued.access).toEqual([]);
  });

  it('closing the popup cancels calmly', async () => {
    const answer = rig.call('connections.connect', { provider: 'enphase' });
    const page = await rig.authWindow.nextPage();
    await page.waitForSelector('#email');
    await page.close();
    expect(await answer).toEqual({
      ok: false,
      error: { code: 'cancelled', message: 'Sign-in was cancelled; nothing was connected.' },
    });
    expect((await rig.ask('connections.list')).connections).toEqual([]);
  });

  it('a wrong password keeps the owner on the form; the right one then connects', async () => {
    const answer = rig.ask('connections.connect', { provider: 'enphase' });
    const page = await rig.authWindow.nextPage();
    await page.fill('#email', ACCOUNT_A);
    await page.fill('#password', 'not-the-password');
    await page.click('#signin');
    expect(await page.locator('#error').textContent()).toBe('Invalid email or password.');
    await signInOnPage(page, ACCOUNT_A, passwordOf(ACCOUNT_A));
    expect((await answer).connection.state).toBe('connected');
  });

  it('a popup left open past its deadline closes and says it timed out', async () => {
    const authorize = `${rig.emulator.url}/oauth/authorize?response_type=code&client_id=${rig.emulator.app.clientId}&redirect_uri=${encodeURIComponent(`${rig.relay.url}/oauth/enphase/callback`)}&state=s`;
    const opened = rig.authWindow.open(authorize, `${rig.relay.url}/oauth/enphase/callback`, {
      timeoutMs: 1_500,
    });
    const page = await rig.authWindow.nextPage();
    await expect(opened).rejects.toBeInstanceOf(OAuthTimeoutError);
    expect(page.isClosed()).toBe(true);
  });

  it('the popup cannot leave the login site', async () => {
    const answer = rig.call('connections.connect', { provider: 'enphase' });
    const page = await rig.authWindow.nextPage();
    await page.waitForSelector('#email');
    await page.evaluate(() => {
      window.location.href = 'https://phishing.example/login';
    });
    await expect
      .poll(() => rig.authWindow.blocked, { timeout: 10_000 })
      .toContain('https://phishing.example/login');
    await page.close();
    await answer;
  });
});
