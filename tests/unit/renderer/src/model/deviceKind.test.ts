import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '../../../../../renderer/src/i18n/t';
import { deviceKindLabel } from '../../../../../renderer/src/model/deviceKind';

describe('deviceKindLabel', () => {
  afterEach(() => setLocale({ language: 'en', formats: 'en-US' }));

  it.each([
    ['inverter', 'Inverter', 'Wechselrichter'],
    ['microinverter', 'Microinverter', 'Mikrowechselrichter'],
    ['meter', 'Meter', 'Zähler'],
    ['Gateway', 'Gateway', 'Gateway'],
    ['battery', 'battery', 'battery'],
  ])('%s reads "%s", in German "%s"', (kind, english, german) => {
    expect(deviceKindLabel(kind)).toBe(english);
    setLocale({ language: 'de', formats: 'de-DE' });
    expect(deviceKindLabel(kind)).toBe(german);
  });
});
