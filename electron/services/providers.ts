/**
 * The `providers.list` handler: each registered provider's public declaration (name, how to
 * connect, its quota sentence as the settings now make it), written in the language in force
 * when asked, so the renderer names no provider itself. Nothing secret is in a descriptor's
 * public part.
 */
import type { Settings } from '../../shared/domain';
import type { AppConfig } from '../config';
import type { Words } from '../i18n/words';
import type { Handlers } from '../ipc/dispatch';
import { publicInfoOf, type ProviderDescriptor } from '../providers/descriptor';

/** What the handler reads. */
export interface ProviderHandlerDeps {
  descriptors: readonly ProviderDescriptor[];
  config: AppConfig;
  settings: () => Settings;
  /** The language the sentences are written in, read at each answer. */
  words: Words;
}

/** Builds the `providers.list` handler. */
export function createProviderHandlers(
  deps: ProviderHandlerDeps,
): Pick<Handlers, 'providers.list'> {
  return {
    'providers.list': () => {
      const context = { config: deps.config, settings: deps.settings(), words: deps.words };
      return { providers: deps.descriptors.map((d) => publicInfoOf(d, context)) };
    },
  };
}
