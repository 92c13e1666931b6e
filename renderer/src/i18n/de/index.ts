/** The German catalogue: one area per English area, each typed so a missing key fails `tsc`. */
import type { MessageKey } from '../en';
import { devices } from './devices';
import { fleet } from './fleet';
import { flows } from './flows';
import { settings } from './settings';
import { shell } from './shell';
import { tesla } from './tesla';

/** Every German text by key. */
export const de: Readonly<Record<MessageKey, string>> = {
  ...shell,
  ...settings,
  ...devices,
  ...flows,
  ...tesla,
  ...fleet,
};
