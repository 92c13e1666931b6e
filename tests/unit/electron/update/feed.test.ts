import { describe, expect, it } from 'vitest';
import { chooseUpdateFeed } from '../../../../electron/update/feed';

const generic = (url: string) => `provider: generic\nurl: ${url}\nupdaterCacheDirName: x\n`;

describe('chooseUpdateFeed', () => {
  it.each([
    {
      name: 'the packaged generic feed',
      env: {},
      yml: generic('https://updates.example.com/desktop'),
      expected: {
        kind: 'on',
        source: 'app-update.yml',
        feed: { provider: 'generic', url: 'https://updates.example.com/desktop' },
      },
    },
    {
      name: 'the packaged GitHub feed',
      env: {},
      yml: 'provider: github\nowner: enalysis\nrepo: desktop\n',
      expected: {
        kind: 'on',
        source: 'app-update.yml',
        feed: { provider: 'github', owner: 'enalysis', repo: 'desktop' },
      },
    },
    {
      name: 'a URL in the environment wins over the file',
      env: { ENALYSIS_UPDATE_URL: 'https://staging.example.com/u' },
      yml: generic('https://updates.example.com/desktop'),
      expected: {
        kind: 'on',
        source: 'environment',
        feed: { provider: 'generic', url: 'https://staging.example.com/u' },
      },
    },
    {
      name: 'a GitHub repository in the environment',
      env: { ENALYSIS_UPDATE_GITHUB: 'acme/solar-desktop' },
      yml: null,
      expected: {
        kind: 'on',
        source: 'environment',
        feed: { provider: 'github', owner: 'acme', repo: 'solar-desktop' },
      },
    },
    {
      name: 'a local test feed over http',
      env: { ENALYSIS_UPDATE_URL: 'http://127.0.0.1:4010/' },
      yml: null,
      expected: { kind: 'on', source: 'environment' },
    },
  ])('on: $name', ({ env, yml, expected }) => {
    expect(chooseUpdateFeed(env, yml)).toMatchObject(expected);
  });

  it.each([
    { name: 'no file and no variable', env: {}, yml: null, reason: /no update feed/ },
    {
      name: 'ENALYSIS_UPDATES=off, whatever the feed',
      env: { ENALYSIS_UPDATES: 'off', ENALYSIS_UPDATE_URL: 'https://u.example.com/' },
      yml: generic('https://updates.example.com/desktop'),
      reason: /turned off by ENALYSIS_UPDATES/,
    },
    {
      name: 'the placeholder host from electron-builder.yml',
      env: {},
      yml: generic('https://updates.enalysis.invalid/desktop/${os}'),
      reason: /placeholder/,
    },
    {
      name: 'plain http to another machine',
      env: { ENALYSIS_UPDATE_URL: 'http://updates.example.com/' },
      yml: null,
      reason: /https/,
    },
    { name: 'not a URL', env: { ENALYSIS_UPDATE_URL: 'updates' }, yml: null, reason: /not a URL/ },
    {
      name: 'a malformed GitHub variable',
      env: { ENALYSIS_UPDATE_GITHUB: 'https://github.com/a/b' },
      yml: null,
      reason: /owner\/repo/,
    },
    { name: 'broken YAML', env: {}, yml: 'provider: [generic', reason: /not valid YAML/ },
    {
      name: 'a provider the app does not use',
      env: {},
      yml: 'provider: s3\nbucket: x\n',
      reason: /no generic or GitHub feed/,
    },
  ])('off: $name', ({ env, yml, reason }) => {
    const choice = chooseUpdateFeed(env, yml);
    expect(choice.kind).toBe('off');
    expect(choice.kind === 'off' && choice.reason).toMatch(reason);
  });
});
