/**
 * Where updates come from: a generic URL or GitHub releases, set by electron-builder.yml's
 * `publish` (written into the packaged app as app-update.yml) and overridable by environment
 * variables for staging. Pure, so every combination is a table test.
 */
import { load } from 'js-yaml';
import { z } from 'zod';

/** A feed electron-updater can read. */
export type UpdateFeed =
  | { provider: 'generic'; url: string; channel?: string }
  | { provider: 'github'; owner: string; repo: string; channel?: string };

/** The feed to use, or why updates are off. */
export type FeedChoice =
  | { kind: 'on'; feed: UpdateFeed; source: 'environment' | 'app-update.yml' }
  | { kind: 'off'; reason: string };

/** Hosts that mark a feed as not configured yet (RFC 2606 reserves `.invalid`). */
const placeholderHost = /\.invalid$/i;

const appUpdateSchema = z.union([
  z.object({ provider: z.literal('generic'), url: z.string(), channel: z.string().optional() }),
  z.object({
    provider: z.literal('github'),
    owner: z.string().min(1),
    repo: z.string().min(1),
    channel: z.string().optional(),
  }),
]);

/** Returns an error sentence for a feed URL, or null when it may be used. */
function urlProblem(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `the update feed "${url}" is not a URL`;
  }
  if (placeholderHost.test(parsed.hostname)) return 'the update feed is a placeholder';
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
  // Installers are code: only https, or a local test feed.
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback))
    return 'the update feed must use https';
  return null;
}

function choose(feed: UpdateFeed, source: 'environment' | 'app-update.yml'): FeedChoice {
  const problem = feed.provider === 'generic' ? urlProblem(feed.url) : null;
  return problem ? { kind: 'off', reason: problem } : { kind: 'on', feed, source };
}

/**
 * Picks the feed: `ENALYSIS_UPDATES=off` turns updates off (IT-managed machines, the release
 * smoke test); then `ENALYSIS_UPDATE_URL` (generic) or `ENALYSIS_UPDATE_GITHUB` ("owner/repo");
 * then the packaged app-update.yml. None, a placeholder or plain http means off.
 */
export function chooseUpdateFeed(
  env: Record<string, string | undefined>,
  appUpdateYml: string | null,
): FeedChoice {
  if (env.ENALYSIS_UPDATES?.trim().toLowerCase() === 'off')
    return { kind: 'off', reason: 'turned off by ENALYSIS_UPDATES' };
  const url = env.ENALYSIS_UPDATE_URL?.trim();
  if (url) return choose({ provider: 'generic', url }, 'environment');
  const github = env.ENALYSIS_UPDATE_GITHUB?.trim();
  if (github) {
    const match = /^([\w.-]+)\/([\w.-]+)$/.exec(github);
    if (!match) return { kind: 'off', reason: 'ENALYSIS_UPDATE_GITHUB must be "owner/repo"' };
    return choose({ provider: 'github', owner: match[1]!, repo: match[2]! }, 'environment');
  }
  if (appUpdateYml === null) return { kind: 'off', reason: 'no update feed is configured' };
  let parsed: unknown;
  try {
    parsed = load(appUpdateYml);
  } catch {
    return { kind: 'off', reason: 'app-update.yml is not valid YAML' };
  }
  const feed = appUpdateSchema.safeParse(parsed);
  if (!feed.success)
    return { kind: 'off', reason: 'app-update.yml names no generic or GitHub feed' };
  return choose(feed.data, 'app-update.yml');
}
