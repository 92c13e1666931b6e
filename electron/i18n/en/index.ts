/**
 * The English catalogue of the sentences main writes (alerts, notifications, errors, budget
 * explanations): the source of truth for their keys. The renderer's own texts live in
 * renderer/src/i18n; main cannot import them (the renderer is a separate bundle).
 */
import { alerts } from './alerts';
import { budget } from './budget';
import { desktop } from './desktop';
import { errors } from './errors';
import { insight } from './insight';
import { reports } from './reports';

/** Every English sentence of main by key. */
export const en = {
  ...alerts,
  ...desktop,
  ...errors,
  ...budget,
  ...insight,
  ...reports,
} as const;

/** A key of main's catalogue; `Words.t()` accepts nothing else, so a typo fails `tsc`. */
export type MainMessageKey = keyof typeof en;
