import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';

// The workflows cannot run here: they are checked against GitHub's workflow schema
// (@action-validator/core) and against the scripts they call.
const dir = path.join(projectRoot, '.github', 'workflows');
const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
const packageScripts = (
  JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  }
).scripts;

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
}
interface Workflow {
  on: Record<string, unknown>;
  jobs: Record<
    string,
    { 'runs-on': string; steps: Step[]; strategy?: { matrix: { os: string[] } } }
  >;
}
const parse = (name: string) => load(read(name)) as Workflow;

describe('GitHub workflows', () => {
  it.each(readdirSync(dir))('%s passes the workflow schema', (name) => {
    expect(validateWorkflow(read(name)).errors).toEqual([]);
  });

  it('the validator really validates: an unknown key is refused', () => {
    const broken = read('ci.yml').replace('runs-on: ubuntu-latest', 'runs-onn: ubuntu-latest');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });

  it('ci.yml runs .ci/run on pull requests', () => {
    const ci = parse('ci.yml');
    expect(ci.on).toHaveProperty('pull_request');
    const runs = Object.values(ci.jobs).flatMap((job) => job.steps.map((s) => s.run ?? ''));
    expect(runs).toContain('bash .ci/run');
    expect(existsSync(path.join(projectRoot, '.ci', 'run'))).toBe(true);
  });

  it('release.yml packages and smoke-tests on Windows, macOS and Linux', () => {
    const job = parse('release.yml').jobs.package!;
    expect(job.strategy?.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('npm ci');
    expect(runs).toContain('npm run build');
    expect(runs).toContain('electron-builder --config electron-builder.yml');
    expect(runs).toContain('npm run smoke');
    // Every npm script the workflow calls exists.
    for (const [, script] of runs.matchAll(/npm run (\w[\w:-]*)/g))
      expect(packageScripts, script).toHaveProperty(script!);
  });

  it('signs and notarizes only with secrets, and says so otherwise', () => {
    const text = read('release.yml');
    for (const secret of [
      'CSC_LINK',
      'CSC_KEY_PASSWORD',
      'APPLE_ID',
      'APPLE_APP_SPECIFIC_PASSWORD',
      'APPLE_TEAM_ID',
    ])
      expect(text).toContain(`secrets.${secret}`);
    expect(text).toContain('::notice title=Unsigned build::');
    expect(text).toContain('-c.mac.notarize=false');
  });

  it('uploads the smoke screenshots even when the smoke test fails', () => {
    const steps = parse('release.yml').jobs.package!.steps;
    const upload = steps.find((s) => s.name === 'Smoke screenshots') as Step & {
      if?: string;
      with?: { path: string };
    };
    expect(upload?.if).toBe('always()');
    expect(upload?.with?.path).toBe('test-results/smoke/');
  });
});
