/**
 * Bounded body reading. The limit is enforced while the bytes arrive, so a client that lies
 * in Content-Length or sends a chunked body cannot make the relay buffer more than the limit;
 * Content-Length is only a shortcut to refuse early. Used for requests and upstream answers.
 */
import type { z } from 'zod';
import { InvalidRequestError, PayloadTooLargeError, UnsupportedMediaTypeError } from './errors';

/** Raised by {@link readBounded} when a stream grows past its limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limitBytes: number) {
    super(`body larger than ${limitBytes} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** Reads a whole stream, cancelling it as soon as it passes `maxBytes`. */
export async function readBounded(
  stream: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): Promise<Uint8Array> {
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new BodyTooLargeError(maxBytes);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, returning null for bytes that are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return null;
  }
}

/** True for `application/json`, with or without parameters such as charset. */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const mediaType = header.split(';')[0]?.trim().toLowerCase();
  return mediaType === 'application/json';
}

/**
 * Reads a request body of at most `maxBytes`. A declared Content-Length over the limit is refused
 * before reading; within the limit, HTTP framing stops the body at the declared length, so it is
 * read in one go (much cheaper than a stream on Node) and its real size checked again. Without a
 * declared length (chunked), bytes are counted as they arrive and the stream is cancelled at the
 * limit.
 */
export async function readRequestBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !request.headers.has('transfer-encoding')) {
    if (!/^\d{1,15}$/.test(declared)) throw new InvalidRequestError('Content-Length is malformed.');
    if (Number(declared) > maxBytes) throw new PayloadTooLargeError(maxBytes);
  }
  let bytes: Uint8Array;
  try {
    bytes =
      declared !== null && !request.headers.has('transfer-encoding')
        ? new Uint8Array(await request.arrayBuffer())
        : await readBounded(request.body, maxBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) throw new PayloadTooLargeError(maxBytes);
    throw new InvalidRequestError('The request body could not be read.');
  }
  if (bytes.byteLength > maxBytes) throw new PayloadTooLargeError(maxBytes);
  return bytes;
}

/**
 * Reads a JSON request body within `maxBytes` and parses it with `schema`; every failure is a
 * named relay error (415, 413 or 400) whose description never repeats the body.
 */
export async function readJsonRequest<T>(
  request: Request,
  maxBytes: number,
  schema: z.ZodType<T>,
): Promise<T> {
  if (!isJsonContentType(request.headers.get('content-type'))) {
    throw new UnsupportedMediaTypeError();
  }
  const bytes = await readRequestBytes(request, maxBytes);
  const text = decodeUtf8(bytes);
  if (text === null) throw new InvalidRequestError('The request body is not valid UTF-8.');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new InvalidRequestError('The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || 'body'))];
    throw new InvalidRequestError(`Missing or malformed: ${fields.join(', ')}.`);
  }
  return parsed.data;
}
