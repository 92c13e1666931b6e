/** English sentences main writes: notifications and the tray. */
export const desktop = {} as const;
