/**
 * `tsx scripts/release-config.ts <out.json>` (release workflow): electron-builder.yml with the
 * release's update feed and notarization decided from the environment. A command-line override
 * cannot do this: electron-builder deep-merges `-c.publish.*` into the generic placeholder, and a
 * GitHub provider with the placeholder's `url` left over fails its schema.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { load } from 'js-yaml';
import { projectRoot } from './build';

/** The repository variable / env that point updates at a generic server instead of GitHub. */
export interface ReleaseEnv {
  ENALYSIS_UPDATE_URL?: string;
  /** `owner/repo`, set by GitHub Actions. */
  GITHUB_REPOSITORY?: string;
  /** Notarize only with an Apple account to do it with. */
  APPLE_ID?: string;
}

/** The release lacks what it needs to say where updates come from. */
export class ReleaseConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReleaseConfigError';
  }
}

/** The packaging configuration for one release run. */
export function releaseConfig(baseYaml: string, env: ReleaseEnv): Record<string, unknown> {
  const base = load(baseYaml) as Record<string, unknown> & { mac?: Record<string, unknown> };
  let publish: Record<string, string>;
  if (env.ENALYSIS_UPDATE_URL) {
    publish = { provider: 'generic', url: env.ENALYSIS_UPDATE_URL, channel: 'latest' };
  } else {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
    if (!owner || !repo)
      throw new ReleaseConfigError(
        'Set ENALYSIS_UPDATE_URL or GITHUB_REPOSITORY (owner/repo) to say where updates come from.',
      );
    publish = { provider: 'github', owner, repo, channel: 'latest' };
  }
  return { ...base, publish, mac: { ...base.mac, notarize: Boolean(env.APPLE_ID) } };
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) {
  try {
    const out = process.argv[2] ?? 'electron-builder.release.json';
    const base = readFileSync(path.join(projectRoot, 'electron-builder.yml'), 'utf8');
    writeFileSync(out, JSON.stringify(releaseConfig(base, process.env), null, 2));
    console.info(`Wrote ${out}.`);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
