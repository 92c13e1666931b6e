/**
 * Runs the Tesla emulator by hand: `npx tsx tests/emulators/tesla/main.ts --port 8792
 * --at 2026-10-25T12:00:00Z`. Prints where it listens and stays up until Ctrl+C; drive it with
 * the `/__admin` routes (see README.md).
 */
import { parseArgs } from 'node:util';
import { EmulatorClock } from '../enphase/clock';
import { startTeslaEmulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8792' },
    at: { type: 'string' },
    latency: { type: 'string', default: '0' },
  },
});

const at = values.at === undefined ? undefined : Date.parse(values.at) / 1000;
if (at !== undefined && !Number.isFinite(at)) throw new Error('--at must be an ISO instant');

const emulator = await startTeslaEmulator({
  port: Number(values.port),
  clock: new EmulatorClock(at),
  latencyMs: Number(values.latency),
});
console.info(`Tesla emulator on ${emulator.url} (sign in at ${emulator.url}/oauth2/v3/authorize)`);
console.info(`  client id ${emulator.app.clientId}`);
console.info(`  regional bases: NA ${emulator.regionBase.NA}, EU ${emulator.regionBase.EU}`);
for (const owner of emulator.owners) {
  console.info(
    `  ${owner.login} / ${owner.password} (${owner.region}): ${owner.sites.length} site(s)`,
  );
}
process.on('SIGINT', () => void emulator.stop().then(() => process.exit(0)));
