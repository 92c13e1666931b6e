/**
 * SolarEdge's open alerts over real HTTP: a fleet key's listing reads the fleet's `/alerts` once
 * (one credit, in the ledger) and an open inverter alert turns its site to fault with the app's
 * own sentence naming the device; the alert closing clears it at the next listing. A Site Access
 * grant never asks for alerts (SolarEdge refuses them to grants).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LedgerEntry } from '../../../electron/cache/types';
import type { Logger } from '../../../electron/ports';
import { SolarEdgeProvider } from '../../../electron/providers/solaredge/solaredge-provider';
import type { TokenSource } from '../../../electron/vault/types';
import { FLEET_KEY, OWNER_A, SITE, type SolarEdgeEmulator } from '../../emulators/solaredge';
import { inEnglish } from '../../harness/words';
import { connectOwner, NOW, startAt } from '../../unit/emulators/solaredge/session';
import { EmulatorTokenSource } from './rig';

let se: SolarEdgeEmulator;
const ledger: LedgerEntry[] = [];
const logs: string[] = [];

const key: TokenSource = {
  accessToken: () => Promise.resolve(FLEET_KEY),
  renewAfterUnauthorized: () => Promise.resolve(FLEET_KEY),
};
const log: Logger = {
  info: (message) => logs.push(message),
  warn: (message) => logs.push(message),
  error: (message) => logs.push(message),
};

function fleetProvider(): SolarEdgeProvider {
  return new SolarEdgeProvider({
    connectionId: 'se-alerts',
    apiBase: se.url,
    access: { kind: 'fleet-key' },
    tokens: key,
    clock: se.clock,
    log,
    ledger: { recordRequest: (entry) => ledger.push(entry) },
    selected: () => new Set([String(SITE.newYork)]),
  });
}

/** One admin request to the emulator; its JSON answer. */
async function admin(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(`${se.url}/__admin/${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Record<string, unknown>;
}

beforeAll(async () => {
  se = await startAt(NOW);
});

afterAll(async () => {
  await se?.stop();
});

describe('SolarEdge open alerts', () => {
  it('turns a site to fault with its own sentence while an inverter alert is open', async () => {
    const provider = fleetProvider();
    const [before] = await provider.listSites();
    expect(before).toMatchObject({ externalId: String(SITE.newYork), status: 'normal' });
    expect(before?.statusDetail).toBeNull();

    const { alertId } = await admin('alerts/open', {
      siteId: SITE.newYork,
      type: 'ISOLATION_FAULT',
      severity: 'HIGH',
      serialNumber: '7E1234-NY-02',
      description: 'RAW PROVIDER TEXT',
    });
    ledger.length = 0;
    const [faulted] = await provider.listSites();
    expect(faulted?.status).toBe('fault');
    expect(inEnglish(faulted?.statusDetail)).toBe(
      'The device with serial 7E1234-NY-02 reports an isolation fault.',
    );
    // One page and one alert read: each a credit, each in the ledger.
    expect(ledger.map((entry) => entry.endpoint).sort()).toEqual(['fleet-alerts', 'sites']);

    await admin('alerts/close', { alertId });
    const [cleared] = await provider.listSites();
    expect(cleared?.status).toBe('normal');
    expect(cleared?.statusDetail).toBeNull();
  });

  it('keeps the listed status when the alert read fails, and says so in the log', async () => {
    await admin('faults', { path: '/alerts', status: 500, times: 5 });
    const [site] = await fleetProvider().listSites();
    expect(site?.status).toBe('normal');
    expect(logs.some((line) => line.includes('SolarEdge alerts not read'))).toBe(true);
  });

  it('never asks for alerts with a Site Access grant, which keeps the site’s own status', async () => {
    const grant = await connectOwner(se, OWNER_A);
    await admin('alerts/open', {
      siteId: grant.siteId,
      type: 'ISOLATION_FAULT',
      severity: 'HIGH',
      serialNumber: '7E1234-OWN-01',
      description: 'RAW PROVIDER TEXT',
    });
    ledger.length = 0;
    const provider = new SolarEdgeProvider({
      connectionId: 'se-grant',
      apiBase: se.url,
      access: { kind: 'site-access', siteId: String(grant.siteId) },
      tokens: new EmulatorTokenSource(se, grant.access, grant.refresh),
      clock: se.clock,
      log,
      ledger: { recordRequest: (entry) => ledger.push(entry) },
    });
    const [site] = await provider.listSites();
    expect(site?.statusDetail).toBeNull();
    expect(ledger.map((entry) => entry.endpoint)).not.toContain('fleet-alerts');
    expect(ledger).toHaveLength(1);
  });
});
