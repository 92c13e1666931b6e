/** English sentences main writes: budget explanations, provider intros and the sync status. */
export const budget = {} as const;
