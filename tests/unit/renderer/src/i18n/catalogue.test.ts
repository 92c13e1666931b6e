import { describe, expect, it } from 'vitest';
import { de } from '../../../../../renderer/src/i18n/de';
import { en, type MessageKey } from '../../../../../renderer/src/i18n/en';
import { argumentsOf } from '../../../../../shared/message-format';

const keys = Object.keys(en) as MessageKey[];

describe('the catalogues', () => {
  it('give every English key a German text that is not left empty', () => {
    const missing = keys.filter((key) => typeof de[key] !== 'string' || de[key].trim() === '');
    expect(missing).toEqual([]);
    expect(Object.keys(de).sort()).toEqual([...keys].sort());
  });

  it('leave a German text equal to the English only where German says it the same way', () => {
    // Loanwords, units and formats German shares; anything else equal was forgotten.
    const shared = new Set<MessageKey>([
      'nav.portfolio',
      'nav.demoBadge',
      'status.offline',
      'status.online',
      'settings.theme.system',
      'settings.language.system',
      'settings.version',
      'settings.minutesUnit',
      'settings.secondsUnit',
      'portfolio.title',
      'portfolio.colStatus',
      'status.normal',
      'alerts.minutes',
      'alerts.hours',
      'alerts.hoursMinutes',
      'conn.ok',
      'budget.lessThanOne',
      'econ.countryMessage',
      'export.title',
      'devices.windowMinutes',
      'devices.windowHours',
      'devices.windowHoursMinutes',
      'devices.col.status',
      'fleet.status',
      'fleet.option',
      'fleet.tagSuggestion',
      'field.minute',
      'field.hourShort',
      'field.minuteShort',
      // A brand name.
      'tesla.title',
    ]);
    expect(keys.filter((key) => en[key] === de[key] && !shared.has(key))).toEqual([]);
  });

  it.each(keys)('%s parses and uses the same arguments in both languages', (key) => {
    expect([...argumentsOf(de[key])].sort()).toEqual([...argumentsOf(en[key])].sort());
  });
});
