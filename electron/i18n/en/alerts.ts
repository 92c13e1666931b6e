/** English sentences main writes: alert summaries and the device-status sentences providers report. */
export const alerts = {} as const;
