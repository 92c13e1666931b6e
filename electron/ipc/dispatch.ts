/**
 * Main-side dispatch of invoke calls, shared by the Electron IPC wrapper and the test harness:
 * unknown channel, bad payload, handler error and bad response all become typed results, never
 * a crash and never a rejected promise across the bridge.
 */
import {
  channelEffects,
  invokeContract,
  type InvokeChannel,
  type IpcError,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from '../../shared/contract';
import { AppError } from '../errors';
import { englishWords, type Message, type Words } from '../i18n/words';
import type { Logger } from '../ports';

/** One handler per channel, typed from the contract. */
export type Handlers = {
  [C in InvokeChannel]: (request: RequestOf<C> & object) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

/** Calls one channel with an untrusted payload. */
export type Dispatch = (channel: string, payload: unknown) => Promise<IpcResult<unknown>>;

function isChannel(channel: string): channel is InvokeChannel {
  return Object.hasOwn(invokeContract, channel);
}

function failure(code: IpcError['code'], text: Message, words: Words): IpcResult<never> {
  return { ok: false, error: { code, message: words.say(text) } };
}

/** How the app runs, as far as dispatch cares. */
export interface DispatchOptions {
  /** Kiosk mode: every channel that changes connections or settings is refused. */
  kiosk?: boolean;
  /** Puts error messages into the language in force when each call is answered (default English). */
  words?: Words;
}

/** Builds the dispatcher over a complete set of handlers. */
export function createDispatcher(
  handlers: Handlers,
  log: Logger,
  options: DispatchOptions = {},
): Dispatch {
  const words = options.words ?? englishWords;
  const fail = (code: IpcError['code'], text: Message) => failure(code, text, words);
  return async (channel, payload) => {
    if (!isChannel(channel))
      return fail('unknown_channel', { key: 'error.unknownChannel', params: { channel } });
    if (options.kiosk && channelEffects[channel] === 'change') {
      return fail('forbidden', { key: 'error.kiosk' });
    }
    const contract = invokeContract[channel];
    const parsed = contract.request.safeParse(payload ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue?.path.length ? ` (${issue.path.join('.')})` : '';
      return fail('invalid_request', {
        key: 'error.invalidPayload',
        params: { channel, where, detail: issue?.message ?? 'malformed' },
      });
    }
    try {
      const handler = handlers[channel] as (request: unknown) => Promise<unknown> | unknown;
      const value = await handler(parsed.data);
      const checked = contract.response.safeParse(value);
      if (!checked.success) {
        log.error('ipc response failed its schema', {
          channel,
          issue: checked.error.issues[0]?.message,
        });
        return fail('internal', { key: 'error.uncheckedAnswer' });
      }
      return { ok: true, value: checked.data };
    } catch (error) {
      if (error instanceof AppError) return fail(error.code, error.text);
      log.error('ipc handler failed', {
        channel,
        error: error instanceof Error ? error.message : String(error),
      });
      return fail('internal', { key: 'error.internal' });
    }
  };
}
