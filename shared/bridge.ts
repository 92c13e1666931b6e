/**
 * Builds `window.enalysis` from the contract. The Electron preload passes ipcRenderer-backed
 * functions; the test harness passes Playwright bindings. Either way the renderer gets the same
 * named functions (`enalysis.portfolio.get()`), typed from the contract.
 */
import {
  eventNames,
  invokeChannels,
  type EventName,
  type EventPayload,
  type InvokeChannel,
  type IpcResult,
  type RequestOf,
  type ResponseOf,
} from './contract';

type NamespaceOf<C> = C extends `${infer N}.${string}` ? N : never;
type MethodOf<C, N extends string> = C extends `${N}.${infer M}` ? M : never;
/** Requests whose fields are all optional may be omitted: `enalysis.portfolio.get()`. */
type Call<C extends InvokeChannel> =
  // `{}` is exactly "an object with no required fields" here, which is what we test for.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  {} extends RequestOf<C>
    ? (request?: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>
    : (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;

/** The API the renderer sees on `window.enalysis`. */
export type EnalysisApi = {
  [N in NamespaceOf<InvokeChannel>]: {
    [M in MethodOf<InvokeChannel, N>]: `${N}.${M}` extends InvokeChannel
      ? Call<`${N}.${M}`>
      : never;
  };
} & {
  /** Subscribes to a pushed event; returns the function that unsubscribes. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

/** Sends one invoke to main. */
export type InvokeTransport = (channel: InvokeChannel, request: unknown) => Promise<unknown>;
/** Listens to one pushed event. */
export type SubscribeTransport = (
  event: EventName,
  listener: (payload: unknown) => void,
) => () => void;

/** Builds the renderer API over any transport. */
export function createEnalysisApi(
  invoke: InvokeTransport,
  subscribe: SubscribeTransport,
): EnalysisApi {
  const api: Record<string, unknown> = {};
  for (const channel of invokeChannels) {
    const [namespace, method] = channel.split('.') as [string, string];
    const group = (api[namespace] ??= {}) as Record<string, unknown>;
    group[method] = (request: unknown = {}) => invoke(channel, request);
  }
  api.on = (event: EventName, listener: (payload: unknown) => void) => {
    if (!eventNames.includes(event)) throw new Error(`Unknown event: ${String(event)}`);
    return subscribe(event, listener);
  };
  return api as EnalysisApi;
}
