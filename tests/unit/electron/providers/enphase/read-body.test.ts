import { describe, expect, it } from 'vitest';
import { ResponseTooLargeError } from '../../../../../electron/providers/enphase/errors';
import { readBodyCapped } from '../../../../../electron/providers/enphase/read-body';

function streamed(chunks: number, size: number): Response {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= chunks) return controller.close();
      sent += 1;
      controller.enqueue(new Uint8Array(size).fill(0x61));
    },
  });
  return new Response(body, { status: 200 });
}

describe('readBodyCapped', () => {
  it('reads a body within the cap, multi-byte characters included', async () => {
    await expect(readBodyCapped(new Response('{"name":"Zürich ☀"}'), 100)).resolves.toBe(
      '{"name":"Zürich ☀"}',
    );
  });

  it('refuses a declared length over the cap without reading it', async () => {
    const response = new Response('x'.repeat(10), { headers: { 'content-length': '10' } });
    await expect(readBodyCapped(response, 5)).rejects.toThrow(ResponseTooLargeError);
  });

  it('stops a stream at the cap and says how large the cap is', async () => {
    const response = streamed(1_000, 10_000);
    const failure = readBodyCapped(response, 5_000_000);
    await expect(failure).rejects.toThrow(ResponseTooLargeError);
    await expect(failure).rejects.toThrow('larger than 5 MB');
  });
});
