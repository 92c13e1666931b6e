import { describe, expect, it } from 'vitest';
import {
  isAppUrl,
  isSafeExternalUrl,
  originOf,
} from '../../../../electron/platform/navigation-policy';

describe('originOf', () => {
  it.each([
    ['app://enalysis/index.html', 'app://enalysis'],
    ['app://enalysis.evil.com/x', 'app://enalysis.evil.com'],
    ['app://user@evil/index.html', 'app://evil'],
    ['http://localhost:5173/src/main.tsx', 'http://localhost:5173'],
    ['https://enlighten.enphaseenergy.com/login?x=1', 'https://enlighten.enphaseenergy.com'],
    ['app:///etc/passwd', null],
    ['javascript:alert(1)', null],
    ['not a url', null],
  ])('%s has origin %s', (url, origin) => {
    expect(originOf(url)).toBe(origin);
  });
});

describe('isAppUrl compares whole origins, never prefixes', () => {
  it.each([
    ['app://enalysis/index.html', 'app://enalysis', true],
    ['app://enalysis/#/sites/1', 'app://enalysis', true],
    ['app://enalysis.evil/index.html', 'app://enalysis', false],
    ['app://enalysisx/index.html', 'app://enalysis', false],
    ['app://enalysis:8080/index.html', 'app://enalysis', false],
    ['https://enalysis/index.html', 'app://enalysis', false],
    ['file:///index.html', 'app://enalysis', false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5174/', 'http://localhost:5173', false],
    ['http://localhost:5173.evil.com/', 'http://localhost:5173', false],
    ['', 'app://enalysis', false],
  ])('%s on %s: %s', (url, appOrigin, expected) => {
    expect(isAppUrl(url, appOrigin)).toBe(expected);
  });
});

describe('isSafeExternalUrl lets only plain https links out', () => {
  it.each([
    ['https://enphase.com/help', true],
    ['http://enphase.com/help', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['smb://share/x', false],
    ['enalysis://oauth/callback', false],
    ['https://user:pw@example.com/', false],
    ['https:', false],
    ['garbage', false],
  ])('%s: %s', (url, expected) => {
    expect(isSafeExternalUrl(url)).toBe(expected);
  });
});
