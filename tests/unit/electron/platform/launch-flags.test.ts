import { describe, expect, it } from 'vitest';
import { parseLaunchFlags } from '../../../../electron/platform/launch-flags';

describe('parseLaunchFlags', () => {
  it.each([
    [['electron', '.'], { demo: false, kiosk: false, offline: false }],
    [['electron', '.', '--demo'], { demo: true, kiosk: false, offline: false }],
    [['Enalysis.exe', '--kiosk', '--demo'], { demo: true, kiosk: true, offline: false }],
    [['Enalysis', '--offline'], { demo: false, kiosk: false, offline: true }],
    [
      ['Enalysis', '--demo=false', '--kiosks', 'demo'],
      { demo: false, kiosk: false, offline: false },
    ],
  ])('%j -> %j', (argv, flags) => {
    expect(parseLaunchFlags(argv)).toEqual(flags);
  });
});
