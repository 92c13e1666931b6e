/**
 * The `connections.*` and `budget.get` handlers: connect an owner account (sign-in or a pasted
 * API key, store or update its record, list its systems), choose which systems are sites, test, disconnect. Thin:
 * the OAuth flow, the vault and the provider do the work; these handlers validate, call and map
 * to contract shapes that never carry a token.
 */
import type { RemoteSystem } from '../../shared/domain';
import {
  AppError,
  InvalidRequestError,
  NotFoundError,
  ReauthRequiredError,
  UnavailableError,
} from '../errors';
import type { Handlers } from '../ipc/dispatch';
import type { RemoteSystemInfo } from '../providers/provider';
import { isUsableExternalId } from '../model/site';
import { adoptLostConnections } from '../vault/lost-records';
import { accountLabelOf, problemMessage } from '../vault/problems';
import type { ConnectionRecord } from '../vault/records';
import { englishWords, type Message } from '../i18n/words';
import { planSiteChoice, removeSites } from '../connections/site-rows';
import type { ConnectionHandlerDeps } from './connections/types';
import { connectionView, toRemoteSystem } from './connections/view';

export type {
  AccountApi,
  AccountApiFactory,
  ConnectionCache,
  ConnectionHandlerDeps,
} from './connections/types';

/** The channels this module answers. */
export type ConnectionChannels =
  | 'connections.list'
  | 'connections.connect'
  | 'connections.connectKey'
  | 'connections.systems'
  | 'connections.chooseSites'
  | 'connections.test'
  | 'connections.disconnect'
  | 'budget.get';

/** Builds the connection handlers. */
export function createConnectionHandlers(
  deps: ConnectionHandlerDeps,
): Pick<Handlers, ConnectionChannels> {
  const { vault, cache, log, words = englishWords } = deps;
  const records = vault.records;
  const toConnection = (record: ConnectionRecord) =>
    connectionView(record, words, deps.providerName);
  const labelOf = (record: ConnectionRecord) =>
    accountLabelOf(deps.providerName(record.provider), record.accountId);
  /** The systems each connection listed last: choosing among them costs no second API call. */
  const lastListed = new Map<string, Map<string, RemoteSystemInfo>>();

  const recordOrThrow = (connectionId: string): ConnectionRecord => {
    const record = records.get(connectionId);
    if (!record) throw new NotFoundError({ key: 'error.connectionRemoved' });
    return record;
  };

  const apiOf = (record: ConnectionRecord) =>
    deps.accounts({ id: record.id, provider: record.provider }, vault.tokenSource(record.id));

  const listSystems = async (record: ConnectionRecord): Promise<Map<string, RemoteSystemInfo>> => {
    const listed = await apiOf(record).listSystems();
    const usable = listed.filter((system) => isUsableExternalId(system.externalId));
    const byId = new Map(usable.map((system) => [system.externalId, system]));
    lastListed.set(record.id, byId);
    return byId;
  };

  const systemsOf = async (record: ConnectionRecord): Promise<RemoteSystem[]> => {
    const selected = new Set(record.siteExternalIds);
    const listed = await listSystems(record);
    return [...listed.values()].map((system) =>
      toRemoteSystem(system, selected.has(system.externalId)),
    );
  };

  /** The connection holding `externalId` as a site, other than `self`. */
  const otherOwner = (self: ConnectionRecord, externalId: string): ConnectionRecord | null =>
    records
      .all()
      .find(
        (r) =>
          r.id !== self.id &&
          r.provider === self.provider &&
          r.siteExternalIds.includes(externalId),
      ) ?? null;

  /** Checks that every added id is a system of this account that no other connection holds. */
  const checkAdded = async (record: ConnectionRecord, added: readonly string[]): Promise<void> => {
    if (added.length === 0) return;
    let known = lastListed.get(record.id);
    if (!known || added.some((id) => !known!.has(id))) known = await listSystems(record);
    for (const externalId of added) {
      const system = known.get(externalId);
      if (!system) {
        throw new InvalidRequestError({
          key: 'error.connection.systemNotVisible',
          params: { externalId, label: labelOf(record) },
        });
      }
      const owner = otherOwner(record, externalId);
      if (owner) {
        throw new InvalidRequestError({
          key: 'error.connection.siteOfOther',
          params: { name: system.name, label: labelOf(owner) },
        });
      }
    }
  };

  /** After a sign-in or a key was saved: the lifecycle's move, then the account's systems. */
  const connected = async (record: ConnectionRecord, reconnected: boolean) => {
    await deps.lifecycle.connected(record, reconnected);
    return systemsAfterConnect(record, reconnected);
  };

  /** The systems of an account just connected (or reconnected), for the picker. */
  const systemsAfterConnect = async (record: ConnectionRecord, reconnected: boolean) => {
    log.info('account connected', {
      connectionId: record.id,
      provider: record.provider,
      reconnected,
    });
    try {
      const systems = await systemsOf(record);
      // Sites whose connection was lost with a damaged settings file come back to their owner.
      const ids = systems.map((s) => s.externalId);
      const adopted = adoptLostConnections(records, cache, record, ids);
      if (adopted) {
        await deps.lifecycle.sitesChanged(adopted.id);
        const chosen = new Set(adopted.siteExternalIds);
        const marked = systems.map((s) => ({ ...s, selected: chosen.has(s.externalId) }));
        return { connection: toConnection(adopted), systems: marked, reconnected: true };
      }
      return { connection: toConnection(record), systems, reconnected };
    } catch (error) {
      // The account is connected either way; the picker can ask again (connections.systems).
      if (error instanceof ReauthRequiredError) throw error;
      const reason: Message =
        error instanceof AppError ? error.text : { key: 'error.connection.providerSilent' };
      log.warn('systems of a new connection could not be listed', {
        connectionId: record.id,
        error: errorName(error),
      });
      const problem: Message = { key: 'notice.connection.listFailed', params: { reason } };
      const updated = records.update(record.id, (r) => ({ ...r, problem })) ?? record;
      return { connection: toConnection(updated), systems: [], reconnected };
    }
  };

  return {
    'connections.list': () => ({
      connections: records.all().map(toConnection),
      keyringProtected: deps.keyringProtected,
    }),

    'connections.connect': async ({ provider, method }) => {
      const tokens = await deps.signIn(provider, method ?? 'popup');
      const { record, reconnected } = await vault.saveSignIn(provider, tokens);
      return connected(record, reconnected);
    },

    'connections.connectKey': async ({ provider, key, connectionId }) => {
      const name = deps.providerName(provider);
      const reconnecting = connectionId === undefined ? null : recordOrThrow(connectionId);
      if (reconnecting && reconnecting.provider !== provider) {
        throw new InvalidRequestError({ key: 'error.connection.wrongProvider', params: { name } });
      }
      let account;
      try {
        account = await deps.validateKey(provider, key);
      } catch (error) {
        // The provider's own words about the key, or ours; never the key, never in the log.
        if (error instanceof AppError) throw error;
        log.warn('a pasted key could not be checked', { provider, error: errorName(error) });
        throw new UnavailableError({ key: 'error.connection.keyUnchecked', params: { name } });
      }
      if (reconnecting) {
        const record = await deps.lifecycle.keyReplaced(reconnecting, account.accountId, key);
        return systemsAfterConnect(record, true);
      }
      const { record, reconnected } = await vault.saveApiKey(provider, account.accountId, key);
      return connected(record, reconnected);
    },

    'connections.systems': async ({ connectionId }) => ({
      systems: await systemsOf(recordOrThrow(connectionId)),
    }),

    'connections.chooseSites': async ({ connectionId, externalIds }) => {
      const record = recordOrThrow(connectionId);
      if (externalIds.some((id) => !isUsableExternalId(id))) {
        throw new InvalidRequestError({ key: 'error.connection.badSystemId' });
      }
      const plan = planSiteChoice(record.siteExternalIds, externalIds);
      await checkAdded(record, plan.added);
      // Updated after the await: a disconnect meanwhile makes this a NotFound, not a resurrection.
      const saved = records.update(connectionId, (r) => ({
        ...r,
        siteExternalIds: plan.selection,
      }));
      if (!saved) throw new NotFoundError({ key: 'error.connectionRemoved' });
      removeSites(cache, saved.provider, plan.removed, false);
      log.info('sites chosen', {
        connectionId,
        added: plan.added.length,
        removed: plan.removed.length,
      });
      await deps.lifecycle.sitesChanged(connectionId);
      return toConnection(saved);
    },

    'connections.test': async ({ connectionId }) => {
      const record = recordOrThrow(connectionId);
      const name = deps.providerName(record.provider);
      if (record.state === 'needs_reauth') {
        const problem = record.problem ?? {
          key: 'notice.connection.signInAgain',
          params: { provider: name },
        };
        return { ok: false, message: words.say(problemMessage(problem)) };
      }
      let failure: Message | null = null;
      try {
        const result = await apiOf(record).testConnection();
        if (result && !result.ok) failure = result.message;
      } catch (error) {
        if (!(error instanceof AppError)) {
          log.warn('connection test failed', { connectionId, error: errorName(error) });
        }
        failure =
          error instanceof AppError
            ? error.text
            : { key: 'error.connection.unreachable', params: { provider: name } };
      }
      // The vault may have marked the connection needs_reauth during the call: keep its words.
      const after = records.update(connectionId, (r) =>
        r.state === 'connected'
          ? {
              ...r,
              problem:
                failure === null
                  ? null
                  : { key: 'notice.connection.testFailed', params: { reason: failure } },
            }
          : r,
      );
      if (after) deps.lifecycle.touched(after);
      if (failure === null) {
        return { ok: true, message: words.t('notice.connection.works', { provider: name }) };
      }
      const shown = after?.state === 'needs_reauth' ? (after.problem ?? failure) : failure;
      const said = words.say(problemMessage(shown));
      // Provider reasons are written to follow a colon; alone they start a sentence.
      return { ok: false, message: said.charAt(0).toUpperCase() + said.slice(1) };
    },

    'connections.disconnect': async ({ connectionId, keepData }) => {
      const record = recordOrThrow(connectionId);
      lastListed.delete(connectionId);
      await deps.lifecycle.removed(record, keepData);
      log.info('account disconnected', { connectionId, provider: record.provider, keepData });
      return { connections: records.all().map(toConnection) };
    },

    'budget.get': async () => ({ budgets: await deps.budgets() }),
  };
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : 'unknown';
}
