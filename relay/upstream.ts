/**
 * The one place the relay talks to a provider: a fetch with a deadline that covers the whole
 * answer (headers AND body), no redirect following (a redirected POST would resend the client
 * secret somewhere else), and a cap on how much of the answer is read.
 */
import { BodyTooLargeError, readBounded } from './body';
import {
  UpstreamInvalidResponseError,
  UpstreamTimeoutError,
  UpstreamUnreachableError,
} from './errors';
import type { UpstreamRequest } from './providers';
import type { UpstreamAnswer } from './token-response';

/** Token answers are a few kilobytes; anything past this is not a token set. */
export const maxUpstreamAnswerBytes = 64 * 1024;

/** What a call needs besides the request. */
export interface UpstreamCallOptions {
  fetch: typeof fetch;
  timeoutMs: number;
  providerName: string;
}

/** Sends one token call and reads its answer, mapping transport failures to named errors. */
export async function callTokenEndpoint(
  request: UpstreamRequest,
  options: UpstreamCallOptions,
): Promise<UpstreamAnswer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs);
  try {
    const response = await options.fetch(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: controller.signal,
    });
    const bytes = await readBounded(response.body, maxUpstreamAnswerBytes);
    return { status: response.status, retryAfter: response.headers.get('retry-after'), bytes };
  } catch (error) {
    if (timedOut) throw new UpstreamTimeoutError(options.providerName, options.timeoutMs);
    if (error instanceof BodyTooLargeError) {
      throw new UpstreamInvalidResponseError(options.providerName, 'with an oversized body');
    }
    throw new UpstreamUnreachableError(options.providerName);
  } finally {
    clearTimeout(timer);
  }
}
