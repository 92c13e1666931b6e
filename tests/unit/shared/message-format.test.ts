import { describe, expect, it } from 'vitest';
import {
  argumentsOf,
  formatMessage,
  MessageSyntaxError,
  type MessageParams,
} from '../../../shared/message-format';

const locale = (language: string, formats: string) => ({
  plurals: new Intl.PluralRules(language),
  numbers: new Intl.NumberFormat(formats),
});
const en = locale('en', 'en-US');
const de = locale('de', 'de-DE');

const sites = '{count, plural, =0 {No sites} one {# site} other {# sites}}';

describe('formatMessage', () => {
  it.each([
    { source: 'Plain text', params: {}, expected: 'Plain text' },
    { source: 'Hello {name}', params: { name: 'Ada' }, expected: 'Hello Ada' },
    { source: 'Missing {name}', params: {}, expected: 'Missing {name}' },
    { source: sites, params: { count: 0 }, expected: 'No sites' },
    { source: sites, params: { count: 1 }, expected: '1 site' },
    { source: sites, params: { count: 1234 }, expected: '1,234 sites' },
    { source: 'Use # freely', params: {}, expected: 'Use # freely' },
    {
      source: '{kind, select, key {API key} other {Sign-in}} for {name}',
      params: { kind: 'key', name: 'Office' },
      expected: 'API key for Office',
    },
    {
      source: '{n, plural, one {# site of {who}} other {# sites of {who}}}',
      params: { n: 2, who: 'Ada' },
      expected: '2 sites of Ada',
    },
  ] as { source: string; params: MessageParams; expected: string }[])(
    '$source with $params → $expected',
    ({ source, params, expected }) => {
      expect(formatMessage(source, params, en)).toBe(expected);
    },
  );

  it('uses the language’s plural rules and the format locale’s digits', () => {
    const source = '{n, plural, one {# Anlage} other {# Anlagen}}';
    expect(formatMessage(source, { n: 1 }, de)).toBe('1 Anlage');
    expect(formatMessage(source, { n: 1234 }, de)).toBe('1.234 Anlagen');
    expect(formatMessage('{n} kWh', { n: 1234.5 }, de)).toBe('1.234,5 kWh');
  });

  it.each(['{unclosed', 'stray }', '{n, plural, one {x}}', '{n, number}'])(
    'refuses a malformed message: %s',
    (source) => {
      expect(() => formatMessage(source, {}, en)).toThrow(MessageSyntaxError);
    },
  );

  it('lists the arguments a message uses, nested ones too', () => {
    expect([...argumentsOf('{n, plural, one {# of {who}} other {#}} {x}')].sort()).toEqual([
      'n',
      'who',
      'x',
    ]);
  });
});
