/**
 * How stored connections and listed systems look to the renderer: contract-shaped values with no
 * token, blob or account secret in them. Pure.
 */
import type { Connection, RemoteSystem } from '../../../shared/domain';
import type { RemoteSystemInfo } from '../../providers/provider';
import { siteIdOf } from '../../model/site';
import type { Words } from '../../i18n/words';
import { accountLabelOf, problemMessage, type ProviderNames } from '../../vault/problems';
import type { ConnectionRecord } from '../../vault/records';
import { API_KEY_SCOPE } from '../../vault/vault';

/** The app's site ids of a connection's chosen systems. */
export function siteIdsOf(record: ConnectionRecord): string[] {
  return record.siteExternalIds.map((externalId) => siteIdOf(record.provider, externalId));
}

/** A record as the renderer may see it, its label and problem in the language in force. */
export function connectionView(
  record: ConnectionRecord,
  words: Words,
  providerName: ProviderNames,
): Connection {
  return {
    id: record.id,
    provider: record.provider,
    accountLabel: words.say(accountLabelOf(providerName(record.provider), record.accountId)),
    state: record.state,
    siteIds: siteIdsOf(record),
    createdAt: record.createdAt,
    refreshedAt: record.refreshedAt,
    problem: record.problem === null ? null : words.say(problemMessage(record.problem)),
    connectedWith: record.scope === API_KEY_SCOPE ? 'api-key' : 'oauth-popup',
  };
}

/** A listed system for the site picker, with whether it is already one of the connection's sites. */
export function toRemoteSystem(system: RemoteSystemInfo, selected: boolean): RemoteSystem {
  return {
    externalId: system.externalId,
    name: system.name,
    city: system.city,
    timeZone: system.timeZone,
    capacityW: system.capacityW,
    status: system.status,
    selected,
  };
}
