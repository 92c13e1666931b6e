/** English sentences main writes: errors the app reports over IPC and notices about damaged files. */
export const errors = {} as const;
