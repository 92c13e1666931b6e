import { describe, expect, it } from 'vitest';
import { providerIdSchema } from '../../../shared/domain';

describe('providerIdSchema', () => {
  it.each(['demo', 'enphase', 'solaredge', 'tesla', 'test-solar', 'sma2'])(
    'accepts the provider id %j',
    (id) => {
      expect(providerIdSchema.safeParse(id).success).toBe(true);
    },
  );

  it.each(['', 'Enphase', 'test_solar', '-solar', 'solar-', 'a b', 'enphase:1', 'x'.repeat(41), 7])(
    'refuses %j',
    (id) => {
      expect(providerIdSchema.safeParse(id).success).toBe(false);
    },
  );
});
