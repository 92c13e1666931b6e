/** The English catalogue: the source of truth for every UI text and for the set of keys. */
import { devices } from './devices';
import { fleet } from './fleet';
import { flows } from './flows';
import { settings } from './settings';
import { shell } from './shell';
import { tesla } from './tesla';

/** Every English text by key. */
export const en = { ...shell, ...settings, ...devices, ...flows, ...tesla, ...fleet } as const;

/** A key of the catalogue; `t()` accepts nothing else, so a typo fails `tsc`. */
export type MessageKey = keyof typeof en;
