import { describe, expect, it } from 'vitest';
import { de } from '../../../../../renderer/src/i18n/de';
import { en, type MessageKey } from '../../../../../renderer/src/i18n/en';
import { argumentsOf } from '../../../../../renderer/src/i18n/message-format';

const keys = Object.keys(en) as MessageKey[];

describe('the catalogues', () => {
  it('give every English key a German text that is not left empty', () => {
    const missing = keys.filter((key) => typeof de[key] !== 'string' || de[key].trim() === '');
    expect(missing).toEqual([]);
    expect(Object.keys(de).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s parses and uses the same arguments in both languages', (key) => {
    expect([...argumentsOf(de[key])].sort()).toEqual([...argumentsOf(en[key])].sort());
  });
});
