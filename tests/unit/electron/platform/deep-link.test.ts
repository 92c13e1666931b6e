import { describe, expect, it } from 'vitest';
import {
  deepLinkFromArgv,
  describeDeepLink,
  parseDeepLink,
} from '../../../../electron/platform/deep-link';

describe('deep links', () => {
  it.each([
    ['enalysis://oauth/callback?code=a&state=b', 'enalysis://oauth/callback'],
    ['ENALYSIS://oauth/callback', 'enalysis://oauth/callback'],
    ['enalysis://open/site/42#frag', 'enalysis://open/site/42'],
  ])('%s is logged as %s', (raw, logged) => {
    const link = parseDeepLink(raw);
    expect(link).not.toBeNull();
    expect(describeDeepLink(link!)).toBe(logged);
  });

  it.each(['https://enalysis/', 'enalysis:oauth', 'javascript:alert(1)', ''])(
    '%s is not a deep link',
    (raw) => {
      expect(parseDeepLink(raw)).toBeNull();
    },
  );

  it('finds the deep link among process arguments', () => {
    expect(
      String(deepLinkFromArgv(['app.exe', '--demo', 'enalysis://oauth/callback?code=1'])),
    ).toBe('enalysis://oauth/callback?code=1');
    expect(deepLinkFromArgv(['app.exe', '--demo'])).toBeNull();
  });
});
