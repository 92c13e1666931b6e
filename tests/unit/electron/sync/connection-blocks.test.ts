import { describe, expect, it } from 'vitest';
import type { Provider } from '../../../../electron/providers/provider';
import { ConnectionBlocks, connectionKeyOf } from '../../../../electron/sync/connection-blocks';

const provider = (connectionId: string | null, id: Provider['id'] = 'enphase'): Provider =>
  ({ id, connectionId }) as unknown as Provider;

describe('ConnectionBlocks', () => {
  it('names connections by provider and account', () => {
    expect(connectionKeyOf(provider('c1'))).toBe('enphase|c1');
    expect(connectionKeyOf(provider(null, 'demo'))).toBe('demo|');
  });

  it('keeps a blocked instance out until the source offers a new one for that connection', () => {
    const blocks = new ConnectionBlocks();
    const a = provider('a');
    const b = provider('b');
    expect(blocks.block(a)).toBe(true);
    expect(blocks.block(a)).toBe(false);
    expect(blocks.usable([a, b])).toEqual({ providers: [b], lifted: [] });
    const reconnected = provider('a');
    expect(blocks.usable([reconnected, b])).toEqual({
      providers: [reconnected, b],
      lifted: ['enphase|a'],
    });
    expect(blocks.isBlocked(a)).toBe(false);
  });

  it('forgets a block once the source stops offering the connection', () => {
    const blocks = new ConnectionBlocks();
    const a = provider('a');
    blocks.block(a);
    expect(blocks.usable([]).lifted).toEqual(['enphase|a']);
    expect(blocks.usable([a]).providers).toEqual([a]);
  });

  it('uses the first provider a source lists for a connection', () => {
    const first = provider('a');
    expect(new ConnectionBlocks().usable([first, provider('a')]).providers).toEqual([first]);
  });
});
