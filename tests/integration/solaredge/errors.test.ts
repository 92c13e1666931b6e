/**
 * What the SolarEdge client makes of refusals and broken answers over real HTTP: both 429s
 * (and no credit spent on a call that cannot succeed), 410 for V1, 400 over the caps, a wrong
 * key, 5xx, malformed and oversized bodies, a slow server; and no key or token in any log line
 * or error message.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  defaultDialect,
  SolarEdgeBadRequestError,
  SolarEdgeGoneError,
  SolarEdgeKeyRejectedError,
  SolarEdgeMalformedResponseError,
  SolarEdgeMinuteLimitError,
  SolarEdgeMonthlyCreditsError,
  SolarEdgeUnavailableError,
} from '../../../electron/providers/solaredge';
import { FLEET_KEY, OWNER_A, SITE, type SolarEdgeEmulator } from '../../emulators/solaredge';
import { connectOwner, NOW, startAt } from '../../unit/emulators/solaredge/session';
import { clientRig, EmulatorTokenSource, type ClientRigOptions } from './rig';

let se: SolarEdgeEmulator;
const minuteStart = Math.floor(NOW / 60) * 60;
beforeAll(async () => {
  se = await startAt(NOW, { creditLimits: { perMinute: 3, perMonth: 2_000 } });
});
afterAll(() => se.stop());
beforeEach(() => {
  se.clock.set(minuteStart + 15);
  se.admin.resetCredits();
  se.admin.clearFaults();
});

const keyed = (options: Partial<ClientRigOptions> = {}) =>
  clientRig(se, { credential: { kind: 'apiKey', apiKey: FLEET_KEY }, ...options });
const siteId = String(SITE.berlin);

describe('credits', () => {
  it('tells a per-minute 429 by its retry-after, and sends nothing until the minute ends', async () => {
    const { client, records } = keyed();
    for (let i = 0; i < 3; i++) await client.site(siteId);
    const refusal = await client.site(siteId).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SolarEdgeMinuteLimitError);
    expect((refusal as SolarEdgeMinuteLimitError).retryAt).toBe(minuteStart + 60);
    const sent = records.ledger.length;
    await expect(client.site(siteId)).rejects.toBeInstanceOf(SolarEdgeMinuteLimitError);
    expect(records.ledger).toHaveLength(sent);
    se.clock.set(minuteStart + 60);
    await expect(client.site(siteId)).resolves.toMatchObject({ externalId: siteId });
  });

  it('tells a monthly 429 by the missing retry-after, and stops every call until the month turns', async () => {
    const { client, records } = keyed();
    se.admin.exhaustMonth({ apiKey: FLEET_KEY });
    const refusal = await client
      .overview({ externalId: siteId, timeZone: 'Europe/Berlin' })
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SolarEdgeMonthlyCreditsError);
    expect((refusal as SolarEdgeMonthlyCreditsError).retryAt).toBe(
      Date.parse('2026-11-01T00:00:00Z') / 1000,
    );
    expect((refusal as Error).message).toBe('the SolarEdge credits for this month are used up');
    se.clock.advance(3 * 86_400);
    await expect(client.listSites()).rejects.toBeInstanceOf(SolarEdgeMonthlyCreditsError);
    expect(records.ledger).toHaveLength(1);
    se.clock.set(Date.parse('2026-11-01T00:00:05Z') / 1000);
    await expect(client.site(siteId)).resolves.toMatchObject({ externalId: siteId });
  });
});

describe('refusals', () => {
  it('says the API is retired when it lands on a V1 path (410)', async () => {
    const { client } = keyed({ apiBase: `${se.url}/site` });
    await expect(client.site(siteId)).rejects.toBeInstanceOf(SolarEdgeGoneError);
  });

  it('passes the problem’s detail of a 400 (a span over the caps)', async () => {
    const dialect = {
      ...defaultDialect,
      caps: { ...defaultDialect.caps, QUARTER_HOUR: { hours: 24 } },
    };
    const { client } = keyed({ dialect });
    const from = Date.parse('2026-10-19T22:00:00Z') / 1000;
    const refusal = await client
      .power({ externalId: siteId, timeZone: 'Europe/Berlin' }, from, from + 86_400)
      .catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SolarEdgeBadRequestError);
    expect((refusal as Error).message).toMatch(/may not exceed 12 hours/);
  });

  it('names a rejected API key (a V1 key, say) without sending it anywhere else', async () => {
    const { client } = clientRig(se, {
      credential: { kind: 'apiKey', apiKey: 'V1KEY0123456789ABCDEF' },
    });
    await expect(client.listSites()).rejects.toBeInstanceOf(SolarEdgeKeyRejectedError);
  });

  it.each([
    ['a 503', { status: 503 }, SolarEdgeUnavailableError],
    ['a malformed body', { malformed: true }, SolarEdgeMalformedResponseError],
    [
      'an answer of the wrong shape',
      { status: 200, body: { sites: 'many' } },
      SolarEdgeMalformedResponseError,
    ],
  ])('turns %s into a named error', async (_name, fault, errorClass) => {
    se.admin.injectFault({ path: '/v2/sites', ...fault });
    const { client } = keyed();
    await expect(client.listSites()).rejects.toBeInstanceOf(errorClass);
  });

  it('refuses an answer over the size cap', async () => {
    const { client } = keyed({ maxBytes: 300 });
    const refusal = await client.listSites().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(SolarEdgeMalformedResponseError);
    expect((refusal as Error).message).toMatch(/larger than the app accepts/);
  });

  it('gives up on a server that does not answer in time', async () => {
    se.admin.injectFault({ path: '/v2/sites', delayMs: 3_000 });
    const { client } = keyed({ timeoutMs: 200 });
    await expect(client.listSites()).rejects.toThrow('SolarEdge did not answer in time');
  });
});

describe('secrecy', () => {
  it('keeps the key and tokens out of every log line and error message', async () => {
    const messages: string[] = [];
    const capture = (error: unknown) =>
      messages.push(String((error as Error).message), String((error as Error).stack));
    const keyedRig = keyed();
    se.admin.injectFault({ path: '/v2/sites', status: 500 });
    await keyedRig.client.listSites().catch(capture);
    const wrongRig = clientRig(se, {
      credential: { kind: 'apiKey', apiKey: 'wrong-key-secret-123' },
    });
    await wrongRig.client.listSites().catch(capture);
    const grant = await connectOwner(se, OWNER_A);
    const tokens = new EmulatorTokenSource(se, grant.access, grant.refresh);
    const granted = clientRig(se, { credential: { kind: 'siteAccess', tokens } });
    se.admin.revokeOwner(OWNER_A);
    await granted.client.site(String(SITE.munich)).catch(capture);
    const logs = [...keyedRig.records.logs, ...wrongRig.records.logs, ...granted.records.logs];
    const text = [...messages, ...logs].join('\n');
    expect(messages.length).toBeGreaterThanOrEqual(6);
    for (const secret of [
      FLEET_KEY,
      'wrong-key-secret-123',
      grant.access,
      grant.refresh,
      se.app.clientSecret,
    ]) {
      expect(text).not.toContain(secret);
    }
    expect(logs.join('\n')).toContain('solaredge access refused');
    expect(logs.join('\n')).toContain('solaredge request failed');
  });
});
