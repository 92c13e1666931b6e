/**
 * Plain constants both sides need, kept free of zod so that importing one into the renderer does
 * not pull the schema library (and its `new Function` probe, which the CSP reports) into the page.
 */

/** No connected provider is refreshed more often than this (their data and quotas allow no more). */
export const providerRefreshFloorMinutes = 15;
