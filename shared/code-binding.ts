/**
 * Binding a system-browser sign-in code to the app that started it (RFC 8252 §8.1: any local app
 * can register the `enalysis://` scheme and read the deep link). The app keeps a random verifier
 * and sends only its SHA-256 (the challenge, base64url) inside `state`, as `<state>.<challenge>`;
 * the relay's callback page hands out the code only sealed to that challenge, and `/token`
 * redeems a sealed code only with the verifier. These are the wire shapes both sides agree on.
 */

/** A challenge: base64url of a SHA-256 digest (43 characters, no padding). */
const challengePattern = /^[A-Za-z0-9_-]{43}$/;
/** A verifier: RFC 7636's alphabet and lengths, so it can double as a PKCE verifier. */
const verifierPattern = /^[A-Za-z0-9._~-]{43,128}$/;

/** Sealed codes start with this, so the relay tells them from plain (popup) codes. */
export const SEALED_CODE_PREFIX = 's1.';

/** The `state` parameter of a bound sign-in. */
export function bindState(state: string, challenge: string): string {
  return `${state}.${challenge}`;
}

/** The challenge inside a bound `state`, or null when the state carries none. */
export function challengeOfState(state: string | undefined | null): string | null {
  if (typeof state !== 'string') return null;
  const dot = state.lastIndexOf('.');
  if (dot <= 0) return null;
  const challenge = state.slice(dot + 1);
  return challengePattern.test(challenge) ? challenge : null;
}

/** True for a well-formed verifier. */
export function isVerifier(value: string): boolean {
  return verifierPattern.test(value);
}
