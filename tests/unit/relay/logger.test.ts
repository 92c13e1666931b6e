import { describe, expect, it } from 'vitest';
import { createJsonLogger, secretVariants } from '../../../relay/logger';
import { redact } from '../../../shared/redact';

function capture(secrets: string[] = []) {
  const lines: string[] = [];
  const logger = createJsonLogger({ sink: (line) => lines.push(line), secrets, now: () => 0 });
  return {
    logger,
    lines,
    parsed: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
  };
}

describe('redaction by field name', () => {
  it.each([
    ['code', { code: 'abc' }],
    ['state', { state: 'abc' }],
    ['access_token', { access_token: 'abc' }],
    ['refresh_token', { refresh_token: 'abc' }],
    ['id_token', { id_token: 'abc' }],
    ['client_secret', { client_secret: 'abc' }],
    ['Authorization header', { headers: { Authorization: 'Basic abc' } }],
    ['Cookie header', { headers: { cookie: 'a=b' } }],
    ['api key', { 'x-api-key': 'abc' }],
    ['password', { user: { password: 'abc' } }],
    ['inside an array', { calls: [{ token: 'abc' }] }],
  ])('blanks %s at any depth', (_name, fields) => {
    const { logger, lines } = capture();
    logger.info('call', fields);
    expect(lines[0]).not.toContain('abc');
    expect(lines[0]).not.toContain('a=b');
    expect(lines[0]).toContain('[REDACTED]');
  });

  it('keeps fields people need to read the log', () => {
    const fields = {
      token_type: 'bearer',
      expires_in: 3600,
      error_description: 'expired',
      status: 400,
    };
    expect(redact(fields, { oauthFlowKeys: true })).toEqual(fields);
  });
});

describe('redaction by value', () => {
  it('cuts known secrets out of the message and of every string field', () => {
    const { logger, lines } = capture(['s3cr3t-value']);
    logger.warn('provider said s3cr3t-value is wrong', {
      error_description: 'Invalid client: s3cr3t-value',
      nested: { list: ['x s3cr3t-value y'] },
    });
    expect(lines[0]).not.toContain('s3cr3t-value');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      msg: 'provider said [REDACTED] is wrong',
      error_description: 'Invalid client: [REDACTED]',
      nested: { list: ['x [REDACTED] y'] },
    });
  });

  it('also cuts the URL-encoded spelling, as providers echo query strings', () => {
    const { logger, lines } = capture(['a+b/c=']);
    logger.info('echo', { detail: `refresh_token=${encodeURIComponent('a+b/c=')}` });
    expect(lines[0]).not.toContain('a%2Bb%2Fc%3D');
  });

  it('scopes request values to the child logger', () => {
    const { logger, lines } = capture(['client-secret-1']);
    const request = logger.withSecrets(['the-code-123', undefined, null]);
    request.info('Invalid authorization code: the-code-123 (client-secret-1)');
    expect(lines[0]).toContain('Invalid authorization code: [REDACTED] ([REDACTED])');
  });

  it('removes a longer secret whole even when it contains a shorter one', () => {
    expect(secretVariants(['abcd', 'abcdefgh'])[0]).toBe('abcdefgh');
    const { logger, lines } = capture(['abcd', 'abcdefgh']);
    logger.info('abcdefgh');
    expect(JSON.parse(lines[0] ?? '{}').msg).toBe('[REDACTED]');
  });

  it('does not treat very short values as secrets, which would shred ordinary words', () => {
    const { logger, lines } = capture(['ok']);
    logger.info('ok then');
    expect(JSON.parse(lines[0] ?? '{}').msg).toBe('ok then');
  });
});

describe('log lines', () => {
  it('are one JSON object each, with time, level and message', () => {
    const { logger, parsed } = capture();
    logger.error('boom', { status: 500 });
    expect(parsed()).toEqual([
      { time: '1970-01-01T00:00:00.000Z', level: 'error', msg: 'boom', status: 500 },
    ]);
  });

  it('write errors as name and message, without a stack', () => {
    const { logger, lines } = capture(['secret-in-message']);
    logger.error('unexpected', { error: new TypeError('failed with secret-in-message') });
    expect(JSON.parse(lines[0] ?? '{}').error).toEqual({
      name: 'TypeError',
      message: 'failed with [REDACTED]',
    });
    expect(lines[0]).not.toContain('at ');
  });
});
