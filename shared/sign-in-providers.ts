/**
 * The providers `connections.connect` signs in with (OAuth through the relay). Zod-free on
 * purpose: the renderer reads it, and importing zod schemas into the page makes zod probe
 * `eval`, which the Content-Security-Policy forbids.
 */
export const signInProviders = ['enphase', 'solaredge'] as const;

/** One of them. */
export type SignInProviderId = (typeof signInProviders)[number];
