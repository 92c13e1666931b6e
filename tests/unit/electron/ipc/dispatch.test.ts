import { describe, expect, it } from 'vitest';
import { NotFoundError, UnavailableError } from '../../../../electron/errors';
import { createWords } from '../../../../electron/i18n/words';
import { createDispatcher, type Handlers } from '../../../../electron/ipc/dispatch';
import { defaultSettings } from '../../../../electron/services/settings';
import { resolveLocale } from '../../../../shared/locale';
import { MemoryLogger } from '../../../harness/memory-logger';

const settings = { ...defaultSettings, theme: 'dark', demoMode: true } as const;

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  const fail = () => {
    throw new Error('not used in this test');
  };
  return {
    'app.info': fail,
    'portfolio.get': fail,
    'site.get': fail,
    'site.series': fail,
    'site.flows': fail,
    'settings.get': () => settings,
    'settings.update': fail,
    'sync.status': fail,
    'sync.refreshNow': fail,
    'connections.list': fail,
    'connections.connect': fail,
    'connections.connectKey': fail,
    'connections.systems': fail,
    'connections.chooseSites': fail,
    'connections.test': fail,
    'connections.disconnect': fail,
    'budget.get': fail,
    'providers.list': fail,
    'economics.get': fail,
    'economics.update': fail,
    'economics.setSite': fail,
    'economics.value': fail,
    'reports.export': fail,
    'reports.get': fail,
    'reports.savePdf': fail,
    'reports.monthly': fail,
    'reports.setMonthly': fail,
    'reports.chooseMonthlyFolder': fail,
    'update.status': fail,
    'update.restart': fail,
    'alerts.list': fail,
    'alerts.acknowledge': fail,
    'alerts.silence': fail,
    'alerts.unsilence': fail,
    'tags.list': fail,
    'tags.set': fail,
    ...overrides,
  };
}

describe('createDispatcher', () => {
  it('answers a valid call with the handler value', async () => {
    const dispatch = createDispatcher(handlers(), new MemoryLogger());
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: settings });
  });

  it.each([
    ['an unknown channel', 'secrets.dump', {}, 'unknown_channel'],
    ['a prototype key as channel', '__proto__', {}, 'unknown_channel'],
    ['extra fields', 'settings.get', { token: 'x' }, 'invalid_request'],
    ['a wrong type', 'site.get', { siteId: 42 }, 'invalid_request'],
    ['a missing field', 'site.get', {}, 'invalid_request'],
    ...['1969-12-31', '1900-01-01', '0000-01-01', '1970-01-01'].map(
      (anchor): [string, string, unknown, string] => [
        `an anchor before 1971 (${anchor}): its period would start before the epoch`,
        'site.series',
        { siteId: 'a', range: 'year', anchor },
        'invalid_request',
      ],
    ),
    [
      'a calendar day that does not exist',
      'site.series',
      { siteId: 'a', range: 'day', anchor: '2026-02-30' },
      'invalid_request',
    ],
    [
      'a malformed date',
      'site.series',
      { siteId: 'a', range: 'day', anchor: '2026-13-45x' },
      'invalid_request',
    ],
    [
      'an unknown range',
      'site.series',
      { siteId: 'a', range: 'decade', anchor: '2026-01-01' },
      'invalid_request',
    ],
    ['a string payload', 'site.get', 'demo:x', 'invalid_request'],
  ])('rejects %s with a typed error, never a throw', async (_name, channel, payload, code) => {
    const dispatch = createDispatcher(handlers(), new MemoryLogger());
    const result = await dispatch(channel, payload);
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it('passes named errors through with their message', async () => {
    const dispatch = createDispatcher(
      handlers({
        'site.get': () => {
          throw new NotFoundError({ key: 'error.siteGone' });
        },
      }),
      new MemoryLogger(),
    );
    expect(await dispatch('site.get', { siteId: 'gone' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'That site is not in this app any more.' },
    });
  });

  it('hides unexpected errors behind a generic message and logs them', async () => {
    const log = new MemoryLogger();
    const dispatch = createDispatcher(
      handlers({
        'settings.get': () => {
          throw new Error('SQLITE_IOERR at /home/someone/secret-path');
        },
      }),
      log,
    );
    const result = await dispatch('settings.get', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'internal', message: 'Something went wrong; details are in the log.' },
    });
    expect(log.text()).toContain('SQLITE_IOERR');
  });

  it('strips fields the response schema does not name, so nothing extra leaves main', async () => {
    const dispatch = createDispatcher(
      handlers({
        'settings.get': () => ({ ...settings, accessToken: 'eyJ-secret' }) as typeof settings,
      }),
      new MemoryLogger(),
    );
    const result = await dispatch('settings.get', {});
    expect(JSON.stringify(result)).not.toContain('eyJ-secret');
  });

  it('refuses a response that breaks its schema', async () => {
    const dispatch = createDispatcher(
      handlers({
        'settings.get': () => ({ ...settings, theme: 'neon' }) as unknown as typeof settings,
      }),
      new MemoryLogger(),
    );
    expect(await dispatch('settings.get', {})).toMatchObject({
      ok: false,
      error: { code: 'internal' },
    });
  });
});

describe('createDispatcher in kiosk mode', () => {
  const changed: string[] = [];
  const record =
    (channel: string, value: unknown = {}) =>
    () => {
      changed.push(channel);
      return value as never;
    };
  const kioskHandlers = handlers({
    'settings.update': record('settings.update', settings),
    'connections.connect': record('connections.connect'),
    'connections.chooseSites': record('connections.chooseSites'),
    'connections.disconnect': record('connections.disconnect', { connections: [] }),
    'connections.test': record('connections.test', { ok: true, message: 'fine' }),
    'tags.set': record('tags.set', { sites: [] }),
  });

  it.each([
    ['settings.update', { theme: 'light' }],
    ['connections.connect', { provider: 'enphase' }],
    ['connections.chooseSites', { connectionId: 'c1', externalIds: [] }],
    ['connections.disconnect', { connectionId: 'c1', keepData: false }],
    ['connections.test', { connectionId: 'c1' }],
    ['tags.set', { siteId: 'demo:a', tags: ['North campus'] }],
  ])('refuses %s with forbidden and never calls its handler', async (channel, payload) => {
    const dispatch = createDispatcher(kioskHandlers, new MemoryLogger(), { kiosk: true });
    const result = await dispatch(channel, payload);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'forbidden',
        message: 'This is a kiosk display: connections and settings cannot be changed here.',
      },
    });
    expect(changed).toEqual([]);
  });

  it('still answers reading channels', async () => {
    const dispatch = createDispatcher(kioskHandlers, new MemoryLogger(), { kiosk: true });
    expect(await dispatch('settings.get', {})).toEqual({ ok: true, value: settings });
  });

  it('outside kiosk mode the same calls go through', async () => {
    const dispatch = createDispatcher(kioskHandlers, new MemoryLogger());
    expect((await dispatch('settings.update', { theme: 'light' })).ok).toBe(true);
    expect(changed).toEqual(['settings.update']);
  });
});

describe('createDispatcher in German', () => {
  let language: 'en' | 'de' = 'de';
  const words = createWords(() =>
    resolveLocale(language, { languages: ['en-US'], formats: 'en-US' }),
  );

  it('answers a named error in the language in force at the call, and logs stay English', async () => {
    const failure = new NotFoundError({ key: 'error.siteGone' });
    const dispatch = createDispatcher(
      handlers({
        'site.get': () => {
          throw failure;
        },
      }),
      new MemoryLogger(),
      { words },
    );
    language = 'de';
    expect(await dispatch('site.get', { siteId: 'gone' })).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'Diese Anlage ist nicht mehr in der App.' },
    });
    expect(failure.message).toBe('That site is not in this app any more.');
    language = 'en';
    expect(await dispatch('site.get', { siteId: 'gone' })).toMatchObject({
      error: { message: 'That site is not in this app any more.' },
    });
  });

  it('says a provider reason inside a sentence in German too', async () => {
    language = 'de';
    const dispatch = createDispatcher(
      handlers({
        'site.get': () => {
          throw new UnavailableError({
            key: 'error.sync.dayFailed',
            params: {
              date: '2026-03-01',
              site: 'Lincoln High School',
              reason: { key: 'error.provider.timeout', params: { provider: 'Enphase' } },
            },
          });
        },
      }),
      new MemoryLogger(),
      { words },
    );
    expect(await dispatch('site.get', { siteId: 'x' })).toMatchObject({
      error: {
        code: 'unavailable',
        message:
          'Die Details vom 2026-03-01 für Lincoln High School konnten nicht geladen werden: Enphase hat nicht rechtzeitig geantwortet.',
      },
    });
  });

  it('writes its own fallbacks in German: unexpected errors, unchecked answers, kiosk, bad requests', async () => {
    language = 'de';
    const dispatch = createDispatcher(
      handlers({
        'settings.get': () => {
          throw new Error('SQLITE_IOERR');
        },
        'sync.status': () => ({ nonsense: true }) as never,
      }),
      new MemoryLogger(),
      { words, kiosk: true },
    );
    expect(await dispatch('settings.get', {})).toMatchObject({
      error: { message: 'Etwas ist schiefgegangen; Einzelheiten stehen im Protokoll.' },
    });
    expect(await dispatch('sync.status', {})).toMatchObject({
      error: {
        message:
          'Die App hat eine Antwort erzeugt, die sie nicht prüfen konnte; Einzelheiten stehen im Protokoll.',
      },
    });
    expect(await dispatch('settings.update', { theme: 'light' })).toMatchObject({
      error: {
        message:
          'Dies ist eine Kiosk-Anzeige: Verbindungen und Einstellungen lassen sich hier nicht ändern.',
      },
    });
    expect(await dispatch('site.get', {})).toMatchObject({
      error: {
        code: 'invalid_request',
        message: expect.stringMatching(/^Ungültige Anfrage an site\.get/),
      },
    });
    expect(await dispatch('secrets.dump', {})).toMatchObject({
      error: { message: 'Unbekannter Kanal „secrets.dump“.' },
    });
  });
});
