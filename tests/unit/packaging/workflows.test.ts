import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { DebugLogger } from 'builder-util';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../../scripts/build';
import { releaseConfig, ReleaseConfigError } from '../../../scripts/release-config';

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
    expect(runs).toContain('electron-builder --config electron-builder.release.json');
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
    expect(text).toContain('::notice title=Not notarized::');
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

describe('scripts/release-config.ts (the release workflow packages with it)', () => {
  const base = readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8');
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'enalysis-release-config-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    {
      feed: 'GitHub releases',
      env: { GITHUB_REPOSITORY: 'enalysis/desktop' },
      publish: { provider: 'github', owner: 'enalysis', repo: 'desktop', channel: 'latest' },
      notarize: false,
    },
    {
      feed: 'a generic URL, notarized',
      env: { ENALYSIS_UPDATE_URL: 'https://u.example.com/d', APPLE_ID: 'dev@example.com' },
      publish: { provider: 'generic', url: 'https://u.example.com/d', channel: 'latest' },
      notarize: true,
    },
  ])(
    'gives electron-builder a valid configuration for $feed',
    async ({ env, publish, notarize }) => {
      const file = path.join(dir, 'electron-builder.release.json');
      await writeFile(file, JSON.stringify(releaseConfig(base, env)));
      const config = await getConfig(projectRoot, file, null);
      await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
      expect(config.publish).toEqual(publish);
      expect(config.mac?.notarize).toBe(notarize);
      expect(config.protocols).toEqual([{ name: 'Enalysis', schemes: ['enalysis'] }]);
    },
  );

  it('refuses to guess a feed', () => {
    expect(() => releaseConfig(base, {})).toThrow(ReleaseConfigError);
  });

  it('is what the workflow packages with', () => {
    const text = read('release.yml');
    expect(text).toContain('npx tsx scripts/release-config.ts electron-builder.release.json');
    expect(text).toContain('electron-builder --config electron-builder.release.json');
  });
});
