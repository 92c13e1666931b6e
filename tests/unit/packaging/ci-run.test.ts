// `.ci/run` runs `npm test` one phase at a time so each phase is timed; these checks keep the
// phases and `check` from drifting apart, and the timing itself honest, without running CI.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';

const ciRun = readFileSync(path.join(projectRoot, '.ci', 'run'), 'utf8');
const scripts = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

/** The `phase` and `summary` functions as `.ci/run` defines them. */
const phaseFunctions = /^phases=\(\)$[\s\S]*?^trap summary EXIT$/m.exec(ciRun)?.[0] ?? '';

describe('.ci/run', () => {
  it('runs every script `check` (npm test) is made of, each as a phase, in order', () => {
    expect(scripts.test).toBe('npm run -s check');
    const parts = scripts
      .check!.split('&&')
      .map((part) => /^npm run -s ([\w:]+)$/.exec(part.trim()));
    const checkScripts = parts.map((match) => match?.[1]);
    const phased = ciRun
      .split('\n')
      .map((line) => /^phase ".+" npm run -s ([\w:]+)$/.exec(line)?.[1])
      .filter((name) => name !== undefined);
    expect(checkScripts.every((name) => name !== undefined && name in scripts)).toBe(true);
    expect(phased).toEqual(checkScripts);
  });

  it('prints each phase’s duration and a summary, and a failing phase still fails the run', () => {
    expect(phaseFunctions).not.toBe('');
    const script = `set -euo pipefail\nstarted=$(date +%s)\n${phaseFunctions}
phase "first" true
phase "second" bash -c 'exit 3'
phase "never" true\n`;
    const run = (): { status: number; output: string } => {
      try {
        return { status: 0, output: execFileSync('bash', ['-c', script], { encoding: 'utf8' }) };
      } catch (error) {
        const failed = error as { status: number; stdout: string };
        return { status: failed.status, output: failed.stdout };
      }
    };
    const { status, output } = run();
    expect(status).toBe(3);
    expect(output).toMatch(/^== first took \d+ s$/m);
    expect(output).toMatch(/^== second took \d+ s$/m);
    expect(output).not.toContain('== never');
    expect(output).toMatch(/^== \.ci\/run phases: first \d+ s; second \d+ s; total \d+ s$/m);
  });
});
