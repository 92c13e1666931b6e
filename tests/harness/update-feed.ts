/**
 * A local update feed (port 0) serving the latest.yml / latest-mac.yml fixtures of
 * tests/fixtures/update-feed/ and an installer, plus a real electron-updater NsisUpdater that
 * reads it over Node's HTTP client instead of Electron's net module (which needs the binary).
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type RequestOptions,
  type Server,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import electronUpdater, { type AppUpdater } from 'electron-updater';
import type { AppAdapter } from 'electron-updater/out/AppAdapter';
import { ElectronHttpExecutor } from 'electron-updater/out/electronHttpExecutor';

/**
 * electron-updater's own HTTP executor (its download and checksum code) with only the request
 * itself made by Node: Electron's net module needs the binary. The feed is local http.
 */
class NodeRequestHttpExecutor extends ElectronHttpExecutor {
  override createRequest(options: RequestOptions, callback: (response: IncomingMessage) => void) {
    // Typed as Electron's request; the base class uses only what Node's request also has.
    return httpRequest(options, callback) as unknown as ReturnType<
      ElectronHttpExecutor['createRequest']
    >;
  }
  // Node's client reports redirects as responses, which the base class already follows.
  override addRedirectHandlers(): void {}
}

const fixtureDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'fixtures',
  'update-feed',
);

/** Which fixture the feed serves, or `unreachable` (every connection is dropped). */
export type FeedCase =
  'newer' | 'same' | 'older' | 'malformed' | 'bad-sha512' | 'mac-newer' | 'unreachable';

/** A running feed. */
export interface UpdateFeedServer {
  url: string;
  /** Requests received, by path. */
  requests: string[];
  close(): Promise<void>;
}

const sha512Of = (bytes: Buffer) => createHash('sha512').update(bytes).digest('base64');

/** Serves one case; the installer is 64 kB of random bytes whose sha512 the fixture states. */
export async function startUpdateFeed(feedCase: FeedCase): Promise<UpdateFeedServer> {
  const installer = randomBytes(64 * 1024);
  const fixture = feedCase === 'unreachable' ? '' : `latest-${feedCase}.yml`;
  const yml = fixture
    ? (await readFile(path.join(fixtureDir, fixture), 'utf8'))
        .replaceAll('${SHA512}', sha512Of(installer))
        .replaceAll('${OTHER_SHA512}', sha512Of(randomBytes(16)))
        .replaceAll('${SIZE}', String(installer.length))
    : '';
  const channelFile = feedCase === 'mac-newer' ? '/latest-mac.yml' : '/latest.yml';
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://feed').pathname;
    requests.push(pathname);
    if (feedCase === 'unreachable') {
      request.socket.destroy();
      return;
    }
    if (pathname === channelFile) {
      response.writeHead(200, { 'Content-Type': 'text/yaml' }).end(yml);
    } else if (/\.(exe|zip|dmg)$/.test(pathname)) {
      response
        .writeHead(200, {
          'Content-Type': 'application/octet-stream',
          'Content-Length': installer.length,
        })
        .end(installer);
    } else {
      response.writeHead(404).end('Not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A folder standing in for the packaged app's resources and user data. */
export interface UpdaterWorld {
  dir: string;
  /** Writes resources/app-update.yml as electron-builder would from `publish`. */
  writeAppUpdateYml(feedUrl: string): Promise<void>;
  /** A real NsisUpdater (electron-updater) for an installed app of `version`. */
  updater(version: string, platform?: NodeJS.Platform): AppUpdater;
  quits: number;
  dispose(): Promise<void>;
}

/** Makes the folder and the updater factory. */
export async function createUpdaterWorld(): Promise<UpdaterWorld> {
  const dir = await mkdtemp(path.join(tmpdir(), 'enalysis-updater-'));
  const world: UpdaterWorld = {
    dir,
    quits: 0,
    async writeAppUpdateYml(feedUrl) {
      await writeFile(
        path.join(dir, 'app-update.yml'),
        `provider: generic\nurl: ${feedUrl}\nupdaterCacheDirName: enalysis-updater\n`,
      );
    },
    updater(version, platform = 'win32') {
      const app: AppAdapter = {
        version,
        name: 'Enalysis',
        isPackaged: true,
        appUpdateConfigPath: path.join(dir, 'app-update.yml'),
        userDataPath: dir,
        baseCachePath: path.join(dir, 'cache'),
        whenReady: () => Promise.resolve(),
        relaunch: () => {},
        quit: () => {
          world.quits += 1;
        },
        onQuit: () => {},
      };
      const updater = new electronUpdater.NsisUpdater(null, app);
      Object.assign(updater, {
        httpExecutor: new NodeRequestHttpExecutor(),
        _testOnlyOptions: { platform },
      });
      updater.disableDifferentialDownload = true;
      return updater;
    },
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
  return world;
}
