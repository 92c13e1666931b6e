/**
 * Runs the emulator by hand: `npx tsx tests/emulators/enphase/main.ts --port 8790 --plan watt
 * --at 2025-11-20T18:00:00Z`. Prints where it listens and stays up until Ctrl+C; drive it with
 * the `/__admin` routes (see README.md).
 */
import { parseArgs } from 'node:util';
import { EmulatorClock } from './clock';
import { isPlan } from './quota';
import { startEnphaseEmulator } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8790' },
    plan: { type: 'string', default: 'kilowatt' },
    at: { type: 'string' },
    latency: { type: 'string', default: '0' },
    'data-delay': { type: 'string', default: '1200' },
  },
});

if (!isPlan(values.plan)) throw new Error(`--plan must be watt, kilowatt, megawatt or partner`);
const at = values.at === undefined ? undefined : Date.parse(values.at) / 1000;
if (at !== undefined && !Number.isFinite(at)) throw new Error('--at must be an ISO instant');

const emulator = await startEnphaseEmulator({
  port: Number(values.port),
  plan: values.plan,
  clock: new EmulatorClock(at),
  latencyMs: Number(values.latency),
  dataDelaySeconds: Number(values['data-delay']),
});
console.info(`Enphase emulator on ${emulator.url} (plan ${values.plan})`);
console.info(`  ENPHASE_AUTH_BASE=${emulator.url} ENPHASE_API_BASE=${emulator.url}`);
console.info(`  ENPHASE_CLIENT_ID=${emulator.app.clientId} ENPHASE_API_KEY=${emulator.app.apiKey}`);
for (const account of emulator.accounts) {
  console.info(`  ${account.login} / ${account.password}: ${account.systems.length} systems`);
}
process.on('SIGINT', () => void emulator.stop().then(() => process.exit(0)));
