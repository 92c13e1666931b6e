/**
 * Command-line switches the app understands. Pure, so main.ts stays a list of steps and the
 * parsing is tested on its own.
 */

/** What the person launching the app asked for. */
export interface LaunchFlags {
  /** `--demo`: show the demo fleet even when real connections exist. */
  demo: boolean;
  /** `--kiosk`: fullscreen trade-show mode that cycles through sites. */
  kiosk: boolean;
  /** `--offline`: start as if the network were down (demos on a show floor, testing). */
  offline: boolean;
}

/** Reads the switches from `process.argv` (unknown arguments are Chromium's or the OS's). */
export function parseLaunchFlags(argv: readonly string[]): LaunchFlags {
  const has = (flag: string) => argv.includes(flag);
  return { demo: has('--demo'), kiosk: has('--kiosk'), offline: has('--offline') };
}
