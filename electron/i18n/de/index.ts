/** The German catalogue of main's sentences: one area per English area, so a gap fails `tsc`. */
import type { MainMessageKey } from '../en';
import { alerts } from './alerts';
import { budget } from './budget';
import { desktop } from './desktop';
import { errors } from './errors';
import { insight } from './insight';
import { reports } from './reports';

/** Every German sentence of main by key. */
export const de: Readonly<Record<MainMessageKey, string>> = {
  ...alerts,
  ...desktop,
  ...errors,
  ...budget,
  ...insight,
  ...reports,
};
