import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mimeTypeFor, resolveRendererPath } from '../../../../electron/platform/renderer-files';

const root = path.resolve('/opt/enalysis/dist/renderer');

describe('resolveRendererPath serves files of the built renderer only', () => {
  it.each([
    ['app://enalysis/', 'index.html'],
    ['app://enalysis/index.html', 'index.html'],
    ['app://enalysis/assets/index-abc.js', 'assets/index-abc.js'],
    ['app://enalysis/assets/index.js?v=1#x', 'assets/index.js'],
    ['app://enalysis/fonts/Inter%20Var.woff2', 'fonts/Inter Var.woff2'],
    ['app://enalysis//assets//x.css', 'assets/x.css'],
  ])('%s -> %s', (url, relative) => {
    expect(resolveRendererPath(root, url)).toEqual({
      kind: 'file',
      filePath: path.join(root, relative),
      mimeType: mimeTypeFor(relative),
    });
  });

  it.each([
    'app://enalysis/..%2f..%2fetc%2fpasswd',
    'app://enalysis/%2e%2e%2f%2e%2e%2fetc/passwd',
    'app://enalysis/assets/%2E%2E%2F%2E%2E%2F%2E%2E%2Fsecret',
    'app://enalysis/..%5c..%5cwindows%5cwin.ini',
    'app://enalysis/assets%5c..%5c..%5cx',
    'app://enalysis/index.html%00.png',
    'app://enalysis/%E0%A4%A',
    'app://other/index.html',
    'app://enalysis.evil/index.html',
    'https://enalysis/index.html',
    'app:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveRendererPath(root, url).kind).toBe('forbidden');
  });

  it.each([
    ['app://enalysis/../../etc/passwd', 'etc/passwd'],
    ['app://enalysis/%2e%2e/%2e%2e/etc/passwd', 'etc/passwd'],
    ['app://enalysis/assets/./../x.js', 'x.js'],
  ])(
    'keeps %s inside the renderer folder (the URL parser folds the dots first)',
    (url, relative) => {
      expect(resolveRendererPath(root, url)).toMatchObject({
        kind: 'file',
        filePath: path.join(root, relative),
      });
    },
  );
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a/b.JS', 'text/javascript; charset=utf-8'],
    ['x.css', 'text/css; charset=utf-8'],
    ['logo.svg', 'image/svg+xml'],
    ['f.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
    ['noext', 'application/octet-stream'],
  ])('%s is %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});
