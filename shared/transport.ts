/**
 * The one rule for where a secret may travel: over https to any host, over clear-text http only
 * to this machine (an emulator, a local relay). The relay applies it to every configured URL;
 * packaged builds of the app apply it to environment overrides, so a refresh token can never be
 * sent in the clear across a network.
 */

/** Host names that mean "this machine" (as `URL.hostname` spells them). */
const loopbackHosts: ReadonlySet<string> = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for an https URL, or an http URL whose host is this machine. */
export function isSecureTransport(url: { protocol: string; hostname: string }): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && loopbackHosts.has(url.hostname));
}
