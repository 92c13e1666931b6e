import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  BodyTooLargeError,
  isJsonContentType,
  readBounded,
  readJsonRequest,
} from '../../../relay/body';
import { RelayError } from '../../../relay/errors';

/** A stream that yields `chunks`, then (if `endless`) never ends; records whether it was cancelled. */
function chunkStream(chunks: Uint8Array[], endless = false) {
  const state = { cancelled: false, pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks[state.pulled];
      state.pulled += 1;
      if (next) controller.enqueue(next);
      else if (!endless) controller.close();
      else return new Promise(() => {});
      return undefined;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const kib = (n: number) => new Uint8Array(n * 1024);

describe('readBounded', () => {
  it('returns all bytes of a body within the limit', async () => {
    const { stream } = chunkStream([kib(4), kib(4)]);
    expect((await readBounded(stream, 8 * 1024)).byteLength).toBe(8 * 1024);
  });

  it('stops and cancels the stream as soon as the limit is passed, even if it never ends', async () => {
    const { stream, state } = chunkStream([kib(4), kib(4), kib(1)], true);
    await expect(readBounded(stream, 8 * 1024)).rejects.toBeInstanceOf(BodyTooLargeError);
    expect(state.cancelled).toBe(true);
    expect(state.pulled).toBe(3);
  });

  it('treats a missing body as empty', async () => {
    expect((await readBounded(null, 10)).byteLength).toBe(0);
  });
});

describe('isJsonContentType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    ['application/json-patch+json', false],
    ['text/json', false],
    ['multipart/form-data', false],
    [null, false],
  ])('%s → %s', (header, expected) => {
    expect(isJsonContentType(header)).toBe(expected);
  });
});

describe('readJsonRequest', () => {
  const schema = z.object({ code: z.string() });
  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    new Request('http://relay.test/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });

  async function codeOf(request: Request): Promise<string> {
    try {
      await readJsonRequest(request, 100, schema);
      return 'ok';
    } catch (error) {
      if (error instanceof RelayError) return `${error.status} ${error.code}`;
      throw error;
    }
  }

  it.each([
    ['a valid body', post('{"code":"c"}'), 'ok'],
    [
      'a text body',
      post('{"code":"c"}', { 'content-type': 'text/plain' }),
      '415 unsupported_media_type',
    ],
    [
      'a declared length over the limit',
      post('{}', { 'content-length': '500' }),
      '413 payload_too_large',
    ],
    [
      'an actual body over the limit',
      post(JSON.stringify({ code: 'x'.repeat(200) })),
      '413 payload_too_large',
    ],
    [
      'a body longer than its declared length',
      post(JSON.stringify({ code: 'x'.repeat(200) }), { 'content-length': '20' }),
      '413 payload_too_large',
    ],
    ['a declared length within the limit', post('{"code":"c"}', { 'content-length': '12' }), 'ok'],
    [
      'a malformed Content-Length',
      post('{"code":"c"}', { 'content-length': '1e3' }),
      '400 invalid_request',
    ],
    ['bytes that are not UTF-8', post(new Uint8Array([0x7b, 0xff, 0x7d])), '400 invalid_request'],
    ['text that is not JSON', post('{code}'), '400 invalid_request'],
    ['JSON of the wrong shape', post('{"code":1}'), '400 invalid_request'],
  ])('%s → %s', async (_name, request, expected) => {
    expect(await codeOf(request)).toBe(expected);
  });
});
