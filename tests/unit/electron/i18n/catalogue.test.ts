import { describe, expect, it } from 'vitest';
import { de } from '../../../../electron/i18n/de';
import { en, type MainMessageKey } from '../../../../electron/i18n/en';
import { argumentsOf } from '../../../../shared/message-format';

const keys = Object.keys(en) as MainMessageKey[];

describe("main's catalogues", () => {
  it('give every English key a German text that is not left empty', () => {
    const missing = keys.filter((key) => typeof de[key] !== 'string' || de[key].trim() === '');
    expect(missing).toEqual([]);
    expect(Object.keys(de).sort()).toEqual([...keys].sort());
  });

  it('leave a German text equal to the English only where German says it the same way', () => {
    // Sentences that are only their arguments, and brand-only texts German shares.
    const shared = new Set<MainMessageKey>([
      'notice.asWritten',
      'error.sync.siteFailed',
      // Unit symbols German writes the same way.
      'budget.tesla.minutes',
      'budget.tesla.hours',
      // German says Gateway too.
      'device.gateway',
    ]);
    expect(keys.filter((key) => en[key] === de[key] && !shared.has(key))).toEqual([]);
  });

  it("hold the errors and notices main says most: the dispatcher's own, the damaged files'", () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'error.internal',
        'error.kiosk',
        'error.invalidPayload',
        'error.uncheckedAnswer',
        'notice.cache.damaged',
        'notice.settings.unreadable',
        'notice.connection.grantGone',
      ]),
    );
  });

  it.each(keys)('%s parses and uses the same arguments in both languages', (key) => {
    expect([...argumentsOf(de[key])].sort()).toEqual([...argumentsOf(en[key])].sort());
  });
});
