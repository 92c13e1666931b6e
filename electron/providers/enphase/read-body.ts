/**
 * Reads an HTTP answer's body with a size cap, so a broken or hostile server cannot make the
 * app buffer gigabytes: a declared length over the cap is refused before reading, and a stream
 * that grows past it is cancelled at the cap.
 */
import { ResponseTooLargeError } from './errors';

/** The default cap: the largest real answer (two years of daily totals, a week of 5-minute
 * intervals, a thousand micros) is well under 1 MB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 5_000_000;

/** The body as text (UTF-8), or ResponseTooLargeError past `maxBytes`. */
export async function readBodyCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new ResponseTooLargeError(response.status, maxBytes);
  }
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder('utf-8');
  let text = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ResponseTooLargeError(response.status, maxBytes);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
