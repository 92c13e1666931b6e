import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { silentLogger } from '../../../../electron/ports';
import { electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

const {
  applyContentSecurityPolicy,
  CONTENT_SECURITY_POLICY,
  devContentSecurityPolicy,
  handleAppProtocol,
  registerAppScheme,
} = await import('../../../../electron/platform/protocol');

let base: string;
let rendererDir: string;

beforeAll(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'enalysis-protocol-'));
  rendererDir = path.join(base, 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Enalysis</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.info(1)');
  await writeFile(path.join(base, 'secret.txt'), 'outside the renderer');
  await symlink(path.join(base, 'secret.txt'), path.join(rendererDir, 'assets', 'link.txt'));
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

beforeEach(() => resetElectronMock());

async function get(url: string): Promise<Response> {
  handleAppProtocol(rendererDir, silentLogger);
  const handler = electronMock.protocolHandlers.get('app');
  if (!handler) throw new Error('app:// handler was not registered');
  return (await handler({ url })) as Response;
}

describe('registerAppScheme', () => {
  it('marks app:// standard, secure and fetch-capable', () => {
    registerAppScheme();
    expect(electronMock.privilegedSchemes).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });
});

describe('the app:// handler', () => {
  it('serves index.html for the root with its MIME type and the CSP', async () => {
    const response = await get('app://enalysis/');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>Enalysis</title>');
  });

  it('serves scripts as JavaScript', async () => {
    const response = await get('app://enalysis/assets/app.js');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('answers 404 for files that do not exist, still with the CSP', async () => {
    const response = await get('app://enalysis/assets/missing.js');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('answers 404 for a folder', async () => {
    expect((await get('app://enalysis/assets')).status).toBe(404);
  });

  it.each([
    'app://enalysis/../../etc/passwd',
    'app://enalysis/..%2f..%2f..%2fetc%2fpasswd',
    'app://enalysis/%2e%2e%2fsecret.txt',
    'app://enalysis/..%5csecret.txt',
    'app://enalysis/assets/..%2f..%2fsecret.txt',
    'app://enalysis/index.html%00.js',
    'app://elsewhere/index.html',
  ])('never serves anything outside the renderer for %s', async (url) => {
    const response = await get(url);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('outside the renderer');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
  });

  it('does not follow a symlink out of the renderer folder', async () => {
    const response = await get('app://enalysis/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the renderer');
  });
});

describe('the Content-Security-Policy', () => {
  it('is the strict policy, with no eval anywhere', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'",
    );
    expect(devContentSecurityPolicy('http://localhost:5173')).not.toContain('unsafe-eval');
    // Vite's dev server injects CSS as <style> elements; only the dev policy allows them.
    expect(devContentSecurityPolicy('http://localhost:5173')).toContain(
      "style-src 'self' 'unsafe-inline'",
    );
    expect(devContentSecurityPolicy('http://localhost:5173')).toContain(
      "connect-src 'self' ws://localhost:5173",
    );
  });

  it('replaces whatever policy a response carried with ours', () => {
    applyContentSecurityPolicy(electronMock.defaultSession as never);
    const callback = vi.fn();
    electronMock.defaultSession.headersReceived?.(
      {
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
});
