/**
 * The stored shape of a Message (a connection's problem in the settings file): checked when read,
 * so a key this version does not know (written by a newer one) is refused, not shown as a key.
 */
import { z } from 'zod';
import { en, type MainMessageKey } from './en';
import type { Message } from './words';

const keySchema = z.custom<MainMessageKey>(
  (key) => typeof key === 'string' && Object.hasOwn(en, key),
  'not a key of the catalogue',
);

/** A Message as stored; arguments may be messages themselves (a reason inside a sentence). */
export const messageSchema: z.ZodType<Message> = z.lazy(() =>
  z.object({
    key: keySchema,
    params: z
      .record(z.string(), z.union([z.string().max(1000), z.number(), messageSchema]))
      .optional(),
  }),
);
