/**
 * `npm run scan:security`: Electron's security scanner (@doyensec/electronegativity) over the
 * main-process sources, offline, with every accepted finding listed and reasoned in
 * security-scan.json. Also run by tests/unit/scripts/security-scan.test.ts, so `npm test` fails
 * on any new finding.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

/** The Electron version the checks assume (the scanner cannot read it from the sources). */
export const SCANNED_ELECTRON_VERSION = (require('electron/package.json') as { version: string })
  .version;

/** One finding as the report shows it: check, file relative to the scanned folder, position. */
export interface SecurityFinding {
  check: string;
  file: string;
  line: number;
  sample: string;
}

const suppressionsSchema = z.object({
  /** Checks not run at all, each with its reason. */
  excludedChecks: z.array(z.object({ check: z.string(), reason: z.string().min(10) })),
  /** Findings accepted after review: a check in one file, each with its reason. */
  accepted: z.array(z.object({ check: z.string(), file: z.string(), reason: z.string().min(10) })),
});

/** The reviewed exceptions (security-scan.json at the repository root). */
export type SecuritySuppressions = z.infer<typeof suppressionsSchema>;

/** Reads and validates security-scan.json. */
export function loadSuppressions(
  file = path.join(projectRoot, 'security-scan.json'),
): SecuritySuppressions {
  return suppressionsSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** The scanner could not parse a file, so it did not really check it. */
export class SecurityScanParseError extends Error {
  constructor(files: string[]) {
    super(`The security scan could not read: ${files.join(', ')}.`);
    this.name = 'SecurityScanParseError';
  }
}

/**
 * The scanner asks a public bucket for translations on every run (and crashes on Node 24 when
 * that request times out). Its English messages ship in the package, so every request is
 * answered at once with "204 No Content": the scan stays offline, quiet and deterministic.
 */
function keepScannerOffline(): void {
  const scannerRequire = createRequire(require.resolve('@doyensec/electronegativity'));
  const gotPath = scannerRequire.resolve('got');
  const noContent = () => Promise.resolve({ statusCode: 204, body: '', headers: {} });
  require.cache[gotPath] = {
    id: gotPath,
    filename: gotPath,
    loaded: true,
    exports: Object.assign(noContent, { default: noContent, head: noContent }),
  } as unknown as NodeJS.Module;
}

interface ScannerIssue {
  id: string;
  file: string;
  location: { line: number };
  sample?: string;
}

type ScannerRun = (options: Record<string, unknown>) => Promise<{
  issues: ScannerIssue[];
  errors: { file: string; message: string; tolerable: boolean }[];
}>;

/** Runs every check not excluded over `inputDir`; returns all findings, reviewed or not. */
export async function runSecurityScan(
  inputDir: string,
  excludedChecks: readonly string[],
): Promise<SecurityFinding[]> {
  keepScannerOffline();
  const run = require('@doyensec/electronegativity') as ScannerRun;
  const result = await run({
    input: inputDir,
    isRelative: true,
    electronVersionOverride: SCANNED_ELECTRON_VERSION,
    excludeFromScan: [...excludedChecks],
    customScan: [],
  });
  const unreadable = result.errors.filter((error) => !error.tolerable).map((error) => error.file);
  if (unreadable.length > 0) throw new SecurityScanParseError(unreadable);
  return result.issues.map((issue) => ({
    check: issue.id,
    file: issue.file.split(path.sep).join('/'),
    line: issue.location.line,
    sample: (issue.sample ?? '').trim(),
  }));
}

/** The findings no accepted exception covers (same check in the same file). */
export function unreviewedFindings(
  findings: readonly SecurityFinding[],
  accepted: SecuritySuppressions['accepted'],
): SecurityFinding[] {
  return findings.filter(
    (finding) =>
      !accepted.some((item) => item.check === finding.check && item.file === finding.file),
  );
}

/** Scans electron/ and returns what security-scan.json does not cover. */
export async function scanForSecurityFindings(
  inputDir = path.join(projectRoot, 'electron'),
  suppressions: SecuritySuppressions = loadSuppressions(),
): Promise<SecurityFinding[]> {
  const findings = await runSecurityScan(
    inputDir,
    suppressions.excludedChecks.map((item) => item.check),
  );
  return unreviewedFindings(findings, suppressions.accepted);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  scanForSecurityFindings()
    .then((findings) => {
      for (const f of findings) console.error(`${f.check}  ${f.file}:${f.line}  ${f.sample}`);
      console.info(`Security scan: ${findings.length} finding(s) not reviewed.`);
      if (findings.length > 0) process.exitCode = 1;
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
