import { describe, expect, it } from 'vitest';
import { parseP256PublicKeyPem } from '../../../relay/pem';

const p256Body =
  'MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEuOqnldseU3uRqoav0mlCiNcLFTvMf+HAnyknFlaEEfDzdA9bXpJZ36308KYg2zkfQRAHrvpztRtyLdhmXMM3mQ==';
const rsaBody =
  'MFwwDQYJKoZIhvcNAQEBBQADSwAwSAJBAK0pk+kDa62JrN4qf6e1FM86RMsoGlzsviqOjeW+/FC8pb50AZ5MCDG7C4AIQPQcdL/z15oZfPuZXqyn9DWLc6kCAwEAAQ==';
const canonical = `-----BEGIN PUBLIC KEY-----\n${p256Body.slice(0, 64)}\n${p256Body.slice(64)}\n-----END PUBLIC KEY-----\n`;

describe('parseP256PublicKeyPem', () => {
  it.each([
    [
      'multi-line PEM',
      `-----BEGIN PUBLIC KEY-----\n${p256Body.slice(0, 64)}\n${p256Body.slice(64)}\n-----END PUBLIC KEY-----`,
    ],
    [
      'one-line .env entry with \\n escapes',
      `-----BEGIN PUBLIC KEY-----\\n${p256Body}\\n-----END PUBLIC KEY-----\\n`,
    ],
    [
      'CRLF line ends and surrounding blanks',
      `  -----BEGIN PUBLIC KEY-----\r\n${p256Body}\r\n-----END PUBLIC KEY-----\r\n`,
    ],
  ])('accepts a %s and serves it in canonical form', (_name, raw) => {
    expect(parseP256PublicKeyPem(raw)).toEqual({ ok: true, pem: canonical });
  });

  it.each([
    ['plain text', 'hello', 'missing PEM armour'],
    [
      'a private key',
      `-----BEGIN PRIVATE KEY-----\n${p256Body}\n-----END PRIVATE KEY-----`,
      'missing PEM armour',
    ],
    [
      'broken base64',
      '-----BEGIN PUBLIC KEY-----\nMFkw!!\n-----END PUBLIC KEY-----',
      'base64 body is malformed',
    ],
    [
      'base64 of the wrong length',
      '-----BEGIN PUBLIC KEY-----\nMFkwE\n-----END PUBLIC KEY-----',
      'base64 body is malformed',
    ],
    [
      'an RSA key',
      `-----BEGIN PUBLIC KEY-----\n${rsaBody}\n-----END PUBLIC KEY-----`,
      'not an EC P-256',
    ],
  ])('refuses %s', (_name, raw, problem) => {
    const result = parseP256PublicKeyPem(raw);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.problem).toContain(problem);
  });
});
