import { describe, expect, it } from 'vitest';
import { englishWords } from '../../../../electron/i18n/words';
import { toSiteInfo } from '../../../../electron/services/site-info';
import { germanWords } from '../../../harness/words';
import { makeSite } from '../cache/fixtures/cacheFixtures';

const tripped = makeSite({ status: 'warning', statusDetail: { key: 'status.enphase.micro' } });
const noData = {
  status: 'fault' as const,
  detail: { key: 'alert.noData' as const, params: { site: 'Office', hours: 2.5, minutes: 15 } },
};

describe('toSiteInfo', () => {
  it.each([
    [
      'the provider’s status',
      tripped,
      undefined,
      'warning',
      'Some microinverters are not reporting.',
      'Einige Mikrowechselrichter melden sich nicht.',
    ],
    [
      'a worse open alert’s summary',
      tripped,
      noData,
      'fault',
      'Office has sent no data for 2.5 daylight hours (it normally reports every 15 minutes).',
      'Office hat seit 2,5 Tagesstunden keine Daten gesendet (meldet sonst alle 15 Minuten).',
    ],
    [
      'text stored before messages, as it is',
      makeSite({ status: 'fault', statusDetail: 'Inverter 2 tripped.' }),
      undefined,
      'fault',
      'Inverter 2 tripped.',
      'Inverter 2 tripped.',
    ],
    ['no sentence when all is well', makeSite(), undefined, 'normal', null, null],
  ] as const)(
    'says %s in the language of the answer',
    (_n, site, alert, status, english, german) => {
      expect(toSiteInfo(site, alert, englishWords)).toMatchObject({
        status,
        statusDetail: english,
      });
      expect(toSiteInfo(site, alert, germanWords)).toMatchObject({ status, statusDetail: german });
    },
  );
});
