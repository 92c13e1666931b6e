/**
 * The other sources' V2 dialect (timestamps with offsets, `from`/`to`, a V1-shaped sites list):
 * one edit of the client's dialect and the same numbers come out, DST day included.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fromToDialect } from '../../../electron/providers/solaredge';
import { startOfLocalDay } from '../../../shared/time';
import { FLEET_KEY, SITE, type SolarEdgeEmulator } from '../../emulators/solaredge';
import { NOW, startAt } from '../../unit/emulators/solaredge/session';
import { clientRig } from './rig';

let se: SolarEdgeEmulator;
beforeAll(async () => {
  se = await startAt(NOW, {
    dialect: { timestamps: 'offset', spanParams: 'from', sitesList: 'v1' },
  });
});
afterAll(() => se.stop());

it('lists sites and sums an autumn day to the truth in the other dialect', async () => {
  const { client } = clientRig(se, {
    credential: { kind: 'apiKey', apiKey: FLEET_KEY },
    dialect: fromToDialect,
    pageSize: 3,
  });
  expect(await client.listSites()).toHaveLength(5);
  const zone = 'Europe/Berlin';
  const quarters = await client.quarterEnergy(
    { externalId: String(SITE.berlin), timeZone: zone },
    startOfLocalDay('2026-10-25', zone),
    startOfLocalDay('2026-10-26', zone),
  );
  expect(quarters).toHaveLength(100);
  const sum = quarters.reduce((total, quarter) => total + (quarter.value ?? 0), 0);
  expect(sum).toBe(se.admin.dayWh(SITE.berlin, '2026-10-25'));
});
