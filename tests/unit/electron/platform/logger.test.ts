import { beforeEach, describe, expect, it, vi } from 'vitest';

type Message = { data: unknown[]; level: string };
type Hook = (message: Message) => Message | false;

// electron-log loads electron at import time, so the test replaces it with a recorder that runs
// the installed hooks the way electron-log does before any transport writes.
const fakeLog = vi.hoisted(() => {
  const written: Message[] = [];
  const hooks: Hook[] = [];
  const emit =
    (level: string) =>
    (...data: unknown[]) => {
      let message: Message | false = { data, level };
      for (const hook of hooks) if (message) message = hook(message);
      if (message) written.push(message);
    };
  return {
    written,
    hooks,
    transports: { file: { level: 'silly' } },
    errorHandler: { startCatching: vi.fn() },
    info: emit('info'),
    warn: emit('warn'),
    error: emit('error'),
  };
});

vi.mock('electron-log/main', () => ({ default: fakeLog }));

const { createElectronLogger } = await import('../../../../electron/platform/logger');

beforeEach(() => {
  fakeLog.written.length = 0;
  fakeLog.hooks.length = 0;
});

describe('createElectronLogger', () => {
  it('writes messages with their fields at the right level', () => {
    const log = createElectronLogger();
    log.warn('sync slowed down', { siteId: 's1', intervalSeconds: 900 });
    expect(fakeLog.written).toEqual([
      { level: 'warn', data: ['sync slowed down', { siteId: 's1', intervalSeconds: 900 }] },
    ]);
  });

  it('never writes tokens, codes or bearer headers to the log', () => {
    const log = createElectronLogger();
    log.error('token refresh failed', {
      refreshToken: 'rt-SECRET',
      response: { access_token: 'at-SECRET', error: 'invalid_grant' },
      url: 'https://relay/oauth/enphase/callback?code=SECRET&state=SECRET',
      header: 'Bearer SECRET',
    });
    const text = JSON.stringify(fakeLog.written);
    expect(text).not.toContain('SECRET');
    expect(text).toContain('invalid_grant');
  });

  it('also redacts what other code logs through electron-log directly', () => {
    createElectronLogger();
    fakeLog.info('raw', { password: 'hunter2' });
    expect(JSON.stringify(fakeLog.written)).not.toContain('hunter2');
  });

  it('catches uncaught errors into the log without a dialog', () => {
    createElectronLogger();
    expect(fakeLog.errorHandler.startCatching).toHaveBeenCalledWith({ showDialog: false });
  });
});
