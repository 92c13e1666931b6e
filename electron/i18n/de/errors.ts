/** German sentences main writes: errors the app reports over IPC and notices about damaged files. */
import type { AreaOf } from '../../../shared/catalogue-types';
import type { errors as en } from '../en/errors';

export const errors: AreaOf<typeof en> = {};
