import { afterEach, describe, expect, it } from 'vitest';
import { createWords } from '../../../../electron/i18n/words';
import type { Settings } from '../../../../shared/domain';
import { resolveLocale } from '../../../../shared/locale';
import type { Rig } from './fixtures';
import { FakeHttpError, makeRig, threeSites } from './fixtures';

const denver = threeSites[1]!.slug;

let rig: Rig;
afterEach(async () => {
  await rig.close();
});

describe("SyncScheduler's last error", () => {
  it('is said in the language in force each time the status is read', async () => {
    let language: Settings['language'] = 'de';
    const words = createWords(() =>
      resolveLocale(language, { languages: ['en-US'], formats: 'en-US' }),
    );
    rig = makeRig({ options: { words } });
    await rig.scheduler.refreshNow();
    rig.provider.failing.set(denver, new FakeHttpError(503));
    rig.clock.advance(300);
    await rig.scheduler.refreshNow();
    expect(rig.scheduler.status().lastError).toBe(
      'Lincoln High School: der Dienst hat mit HTTP 503 geantwortet.',
    );
    language = 'en';
    expect(rig.scheduler.status().lastError).toBe(
      'Lincoln High School: the service answered with HTTP 503.',
    );
  });
});
