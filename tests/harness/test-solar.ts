/**
 * A third provider that exists only in tests: "Test Solar", connected by a pasted API key, and
 * its cloud, a local HTTP server on port 0 with a key check (`/account`) and a site list
 * (`/sites`), both behind the key. Registered the way every provider is (a descriptor in the
 * core's list), it proves the generic API-key path without any provider code of the app.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InvalidRequestError, UnavailableError } from '../../electron/errors';
import type { ProviderDescriptor } from '../../electron/providers/descriptor';
import type { ProviderSite } from '../../electron/providers/provider';
import { said } from './said';

/** The key the cloud accepts at first. */
export const GOOD_KEY = 'tk_live_3f9a1c0e5b7d2a4e8c6f';
/** The account that key opens. */
export const ACCOUNT = 'owner-77';

/** The sites the account sees. */
export const sitesOfAccount = [
  { id: 'roof-1', name: 'Depot Roof', city: 'Leeds', zone: 'Europe/London', lat: 53.8, lon: -1.55 },
  {
    id: 'roof-2',
    name: 'Clinic Roof',
    city: 'York',
    zone: 'Europe/London',
    lat: 53.96,
    lon: -1.08,
  },
];

/** The running cloud: its address, the calls it saw, and the key it accepts now. */
export interface TestSolarCloud {
  base: string;
  calls: { path: string; key: string | undefined }[];
  /** The owner revokes the key (or sets a new one). */
  acceptedKey: string;
  close(): Promise<void>;
}

/** Starts the cloud on a free port. */
export async function startTestSolarCloud(): Promise<TestSolarCloud> {
  const cloud = { calls: [] as TestSolarCloud['calls'], acceptedKey: GOOD_KEY };
  const server = createServer((request, response) => {
    const key = request.headers['x-api-key'] as string | undefined;
    cloud.calls.push({ path: request.url ?? '', key });
    response.setHeader('content-type', 'application/json');
    if (key !== cloud.acceptedKey) {
      response.statusCode = 401;
      response.end(JSON.stringify({ error: 'bad key' }));
      return;
    }
    if (request.url === '/account') response.end(JSON.stringify({ account: ACCOUNT }));
    else if (request.url === '/sites') response.end(JSON.stringify({ sites: sitesOfAccount }));
    else {
      response.statusCode = 404;
      response.end('{}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(cloud, {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** The tiny provider, as a provider folder would declare it. */
export function testSolarDescriptor(base: string): ProviderDescriptor {
  /** One call; a 401 goes to `refused` first (a connected account's vault), then is a named error. */
  const get = async (
    path: string,
    key: string,
    fetcher: typeof fetch = fetch,
    refused?: () => Promise<unknown>,
  ) => {
    const response = await fetcher(`${base}${path}`, { headers: { 'x-api-key': key } });
    if (response.status === 401) {
      await refused?.();
      throw new InvalidRequestError(
        said('Test Solar did not accept this key. Check it and paste it again.'),
      );
    }
    if (!response.ok)
      throw new UnavailableError(said('Test Solar did not answer; try again later.'));
    return (await response.json()) as Record<string, unknown>;
  };
  const toSite = (s: (typeof sitesOfAccount)[number]): ProviderSite => ({
    externalId: s.id,
    name: s.name,
    city: s.city,
    country: 'GB',
    timeZone: s.zone,
    latitude: s.lat,
    longitude: s.lon,
    capacityW: 0,
    status: 'normal',
    statusDetail: null,
    lastEnergyAt: null,
  });
  return {
    id: 'test-solar',
    name: 'Test Solar',
    connect: ['api-key'],
    intro: () => 'Paste the API key of your Test Solar account.',
    quota: {
      kind: 'credits-per-account',
      sentence: () => 'Test Solar counts credits per account.',
    },
    quiet: { pauseAtNight: false, cloudDelaySeconds: 0 },
    validateKey: async (key, context) => {
      const body = await get('/account', key, context.fetch);
      return { accountId: String(body.account) };
    },
    account: (context) => {
      const list = async () => {
        const key = await context.tokens.accessToken();
        // A refused key goes to the vault like any refused token (it throws ReauthRequiredError).
        const body = await get('/sites', key, context.fetch, () =>
          context.tokens.renewAfterUnauthorized(key),
        );
        const all = (body.sites as typeof sitesOfAccount).map(toSite);
        const chosen = context.selected();
        return chosen === null ? all : all.filter((s) => chosen.has(s.externalId));
      };
      return {
        id: 'test-solar',
        connectionId: context.connectionId,
        listSites: list,
        fetchDaily: () => Promise.resolve([]),
        fetchIntervals: () => Promise.resolve({ intervals: [], lastEnergyAt: null }),
        fetchDevices: () => Promise.resolve([]),
        listSystems: async () =>
          (await list()).map((s) => ({
            externalId: s.externalId,
            name: s.name,
            city: s.city,
            timeZone: s.timeZone,
            capacityW: null,
            status: s.status,
          })),
        testConnection: async () => {
          await list();
          return { ok: true, message: said('Test Solar answered.') };
        },
      };
    },
  };
}
