/**
 * Runs the SolarEdge emulator by hand: `npx tsx tests/emulators/solaredge/main.ts --port 8791
 * --at 2026-10-25T12:00:00Z`. Prints where it listens and stays up until Ctrl+C; drive it with
 * the `/__admin` routes (see README.md).
 */
import { parseArgs } from 'node:util';
import { EmulatorClock } from '../enphase/clock';
import { startSolarEdgeEmulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8791' },
    at: { type: 'string' },
    latency: { type: 'string', default: '0' },
  },
});

const at = values.at === undefined ? undefined : Date.parse(values.at) / 1000;
if (at !== undefined && !Number.isFinite(at)) throw new Error('--at must be an ISO instant');

const emulator = await startSolarEdgeEmulator({
  port: Number(values.port),
  clock: new EmulatorClock(at),
  latencyMs: Number(values.latency),
});
console.info(`SolarEdge emulator on ${emulator.url} (authorize at ${emulator.authorizeUrl})`);
console.info(`  client id ${emulator.app.clientId}`);
for (const account of emulator.accounts) {
  console.info(`  key ${account.apiKey}: ${account.name}, ${account.sites.length} sites`);
}
for (const owner of emulator.owners) {
  console.info(`  ${owner.login} / ${owner.password}: ${owner.sites.length} site(s)`);
}
process.on('SIGINT', () => void emulator.stop().then(() => process.exit(0)));
