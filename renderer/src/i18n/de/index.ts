/** The German catalogue: one area per English area, each typed so a missing key fails `tsc`. */
import type { MessageKey } from '../en';
import { devices } from './devices';
import { portfolio } from './portfolio';
import { site } from './site';
import { alerts } from './alerts';
import { connections } from './connections';
import { kiosk } from './kiosk';
import { economics } from './economics';
import { reports } from './reports';
import { fields } from './fields';
import { fleet } from './fleet';
import { flows } from './flows';
import { settings } from './settings';
import { shell } from './shell';
import { tesla } from './tesla';

/** Every German text by key. */
export const de: Readonly<Record<MessageKey, string>> = {
  ...shell,
  ...settings,
  ...portfolio,
  ...site,
  ...alerts,
  ...connections,
  ...kiosk,
  ...economics,
  ...reports,
  ...fields,
  ...devices,
  ...flows,
  ...tesla,
  ...fleet,
};
