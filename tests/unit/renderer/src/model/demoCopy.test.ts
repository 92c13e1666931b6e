import { describe, expect, it } from 'vitest';
import { demoFleetPhrase, demoSwitch } from '../../../../../renderer/src/model/demoCopy';

describe('demoSwitch', () => {
  it.each([
    // The DEMO banner shows with no account: the switch must not read "Off" beside it.
    [false, 'no_connections', { on: true, locked: true, text: 'On — no account connected yet' }],
    [false, 'forced', { on: true, locked: true, text: 'On — the app was started in demo mode' }],
    [true, 'forced', { on: true, locked: true, text: 'On — the app was started in demo mode' }],
    [true, 'setting', { on: true, locked: false, text: 'On' }],
    [false, null, { on: false, locked: false, text: 'Off' }],
    [true, undefined, { on: true, locked: false, text: 'On' }],
  ] as const)('setting %s, reason %s', (setting, reason, expected) => {
    expect(demoSwitch(setting, reason)).toEqual(expected);
  });
});

describe('demoFleetPhrase', () => {
  it.each([
    [8, '8 simulated buildings'],
    [1, '1 simulated building'],
    [0, 'simulated buildings'],
    [undefined, 'simulated buildings'],
  ])('%s → %s', (count, phrase) => {
    expect(demoFleetPhrase(count)).toBe(phrase);
  });
});
