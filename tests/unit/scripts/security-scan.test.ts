import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';
import {
  loadSuppressions,
  runSecurityScan,
  unreviewedFindings,
  type SecurityFinding,
} from '../../../scripts/security-scan';
import { CONTENT_SECURITY_POLICY } from '../../../shared/csp';

// The real scanner (@doyensec/electronegativity) over the real sources, offline.
const suppressions = loadSuppressions();
const excluded = suppressions.excludedChecks.map((item) => item.check);
let findings: SecurityFinding[];
let fixtureDir: string;

beforeAll(async () => {
  findings = await runSecurityScan(path.join(projectRoot, 'electron'), excluded);
  fixtureDir = await mkdtemp(path.join(tmpdir(), 'enalysis-scan-'));
}, 60_000);

afterAll(async () => {
  await rm(fixtureDir, { recursive: true, force: true });
});

describe('electronegativity over electron/', () => {
  it('leaves no finding that security-scan.json does not review', () => {
    expect(unreviewedFindings(findings, suppressions.accepted)).toEqual([]);
  });

  it('keeps no stale exception: each accepted one still matches a finding', () => {
    for (const item of suppressions.accepted) {
      expect(
        findings.some((f) => f.check === item.check && f.file === item.file),
        `${item.check} in ${item.file}`,
      ).toBe(true);
    }
  });

  it('really checks: an unsandboxed window with no navigation or permission guard is reported', async () => {
    await writeFile(
      path.join(fixtureDir, 'window.ts'),
      "import { BrowserWindow } from 'electron';\n" +
        'export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false } });\n',
    );
    const checks = (await runSecurityScan(fixtureDir, excluded)).map((f) => f.check);
    expect(checks).toEqual(
      expect.arrayContaining([
        'SANDBOX_JS_CHECK',
        'CONTEXT_ISOLATION_JS_CHECK',
        'LIMIT_NAVIGATION_GLOBAL_CHECK',
        'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      ]),
    );
  }, 60_000);
});

describe('the one window module (electron/platform/secure-window.ts)', () => {
  it("is where the scanner reads every window's settings: weakening them there is reported", async () => {
    const source = await readFile(
      path.join(projectRoot, 'electron/platform/secure-window.ts'),
      'utf8',
    );
    const weakened = source
      .replace('sandbox: true', 'sandbox: false')
      .replace('contextIsolation: true', 'contextIsolation: false')
      .replace('nodeIntegration: false', 'nodeIntegration: true');
    expect(weakened).not.toBe(source);
    await writeFile(path.join(fixtureDir, 'secure-window.ts'), weakened);
    const checks = (await runSecurityScan(fixtureDir, excluded))
      .filter((f) => f.file === 'secure-window.ts')
      .map((f) => f.check);
    expect(checks).toEqual(
      expect.arrayContaining(['SANDBOX_JS_CHECK', 'CONTEXT_ISOLATION_JS_CHECK']),
    );
  }, 60_000);

  it('is the only place a window is made', () => {
    const made = findings.filter((f) => f.check === 'AUXCLICK_JS_CHECK').map((f) => f.file);
    expect(made).toEqual(['platform/secure-window.ts']);
  });
});

describe("the renderer's Content-Security-Policy (the scanner's own CSP evaluator)", () => {
  it('has no high, medium or syntax finding', () => {
    const csp = createRequire(import.meta.url)('@doyensec/csp-evaluator') as {
      CspParser: new (policy: string) => { csp: unknown };
      CspEvaluator: new (
        csp: unknown,
        version: unknown,
      ) => { evaluate(): { severity: number; directive: string }[] };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const parsed = new csp.CspParser(CONTENT_SECURITY_POLICY);
    const serious = new csp.CspEvaluator(parsed.csp, csp.Version.CSP3)
      .evaluate()
      .filter((f) => f.severity <= csp.severities.HIGH_MAYBE!);
    expect(serious).toEqual([]);
  });
});
