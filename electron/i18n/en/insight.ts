/** English sentences main writes: expected-production reasons. */
export const insight = {} as const;
