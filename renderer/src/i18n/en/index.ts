/** The English catalogue: the source of truth for every UI text and for the set of keys. */
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

/** Every English text by key. */
export const en = {
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
} as const;

/** A key of the catalogue; `t()` accepts nothing else, so a typo fails `tsc`. */
export type MessageKey = keyof typeof en;
