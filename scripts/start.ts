/**
 * `npm start`: finds the Electron binary, builds the app and runs it.
 *
 * The `electron` package (45.x) ships no binary. Its index.js reads `path.txt` and, when the
 * binary under `dist/` is missing, runs its install.js synchronously (@electron/get downloads the
 * zip from GitHub or ELECTRON_MIRROR, unzips it into `dist/`, writes `path.txt`); any failure
 * there becomes "Electron failed to install correctly" with no reason and no time limit. So this
 * script does the same steps itself: the same files, the same installer, but time-bounded and
 * with one sentence saying why and what to do instead. The binary is resolved BEFORE building, so
 * a machine that cannot run Electron learns it in about a second rather than after a full build.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildAll, projectRoot } from './build';

/** How long the lazy download may take before we give up and say so. */
export const INSTALL_TIMEOUT_MS = 30_000;
/** How long the probe that explains a failed download may take. */
const PROBE_TIMEOUT_MS = 5_000;
/** Where @electron/get downloads from unless a mirror is configured. */
const DEFAULT_DOWNLOAD_BASE = 'https://github.com/electron/electron/releases/download/';

/** Electron cannot run here; the message is the one sentence shown to the person. */
export class ElectronUnavailableError extends Error {
  constructor(readonly reason: string) {
    super(
      `Electron could not be downloaded on this machine (${reason}); run \`npm run preview\` to open the same app in Chromium instead.`,
    );
    this.name = 'ElectronUnavailableError';
  }
}

/** The folder of the installed `electron` npm package. */
export function electronPackageDir(): string {
  return path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
}

/**
 * The binary the `electron` package would start, if it is already on disk; null otherwise.
 * Mirrors node_modules/electron/index.js: ELECTRON_OVERRIDE_DIST_PATH, else dist/<path.txt>.
 */
export function installedBinary(
  electronDir: string,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative || 'electron')
    : relative
      ? path.join(electronDir, 'dist', relative)
      : null;
  return candidate && existsSync(candidate) ? candidate : null;
}

/** The download base @electron/get will use, honouring the mirror settings it honours. */
export function downloadBase(env: NodeJS.ProcessEnv = process.env): string {
  return (
    env.ELECTRON_MIRROR ||
    env.npm_config_electron_mirror ||
    env.electron_config_mirror ||
    DEFAULT_DOWNLOAD_BASE
  );
}

/**
 * Turns what went wrong into the reason shown in parentheses. Pure so every case is tested: a
 * timeout, a probe that found the network cause, or the installer's own last words.
 */
export function describeFailure(failure: {
  timedOut: boolean;
  timeoutMs: number;
  installerOutput: string;
  host: string;
  probeError: { code?: string; message: string } | null;
}): string {
  if (failure.timedOut) {
    return `the download from ${failure.host} did not finish within ${Number((failure.timeoutMs / 1000).toFixed(1))} s`;
  }
  if (failure.probeError) {
    const { code, message } = failure.probeError;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
      return `${failure.host} cannot be resolved: ${code}`;
    return `${failure.host} is unreachable: ${code ?? message}`;
  }
  const lastWords = failure.installerOutput
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('at '))
    .at(-1);
  return lastWords
    ? `the installer said "${lastWords}"`
    : 'the installer failed without saying why';
}

/** Asks the download host directly, to learn why the installer's fetch failed. */
async function probe(base: string): Promise<{ code?: string; message: string } | null> {
  try {
    await fetch(base, { method: 'HEAD', signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
    return null;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    if (cause?.code) return { code: cause.code, message: cause.message ?? String(cause.code) };
    return { message: error instanceof Error ? error.message : String(error) };
  }
}

/** Runs the package's own installer with a time limit. */
function runInstaller(
  electronDir: string,
  timeoutMs: number,
): Promise<{ ok: boolean; timedOut: boolean; output: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(electronDir, 'install.js')],
      { cwd: electronDir, timeout: timeoutMs, killSignal: 'SIGKILL', maxBuffer: 1024 * 1024 },
      (error, stdout, stderr) => {
        const timedOut = Boolean(error && (error as { killed?: boolean }).killed);
        resolve({ ok: !error, timedOut, output: `${stdout}\n${stderr}` });
      },
    );
  });
}

/**
 * The path of a runnable Electron binary, downloading it first when missing (bounded by
 * `timeoutMs`). Throws ElectronUnavailableError with the reason otherwise.
 */
export async function resolveElectronBinary(
  options: { electronDir?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {},
): Promise<string> {
  const electronDir = options.electronDir ?? electronPackageDir();
  const timeoutMs = options.timeoutMs ?? INSTALL_TIMEOUT_MS;
  const env = options.env ?? process.env;
  const present = installedBinary(electronDir, env);
  if (present) return present;

  const install = await runInstaller(electronDir, timeoutMs);
  const downloaded = install.ok ? installedBinary(electronDir, env) : null;
  if (downloaded) return downloaded;

  const base = downloadBase(env);
  const host = URL.canParse(base) ? new URL(base).host : base;
  const probeError = install.timedOut ? null : await probe(base);
  throw new ElectronUnavailableError(
    describeFailure({
      timedOut: install.timedOut,
      timeoutMs,
      installerOutput: install.output,
      host,
      probeError,
    }),
  );
}

/** Starts Electron on the project and mirrors its exit code; signals are passed on to it. */
function runElectron(binary: string, args: readonly string[]): Promise<number> {
  const env = { ...process.env };
  // Set by some shells and CI images; it would turn Electron into a plain Node.
  delete env.ELECTRON_RUN_AS_NODE;
  const child = spawn(binary, [projectRoot, ...args], { stdio: 'inherit', env });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, forward(signal));
  return new Promise((resolve) => {
    child.on('error', (error) => {
      console.error(`Electron could not be started: ${error.message}`);
      resolve(1);
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** `npm start [-- --demo --kiosk --offline]`. */
export async function start(args: readonly string[]): Promise<number> {
  let binary: string;
  try {
    binary = await resolveElectronBinary();
  } catch (error) {
    if (error instanceof ElectronUnavailableError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  await buildAll();
  return runElectron(binary, args);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  start(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
