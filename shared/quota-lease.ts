/**
 * The quota lease as it crosses the wire between the app and the relay
 * (`POST /quota/{provider}/lease`): one schema for the request the app sends and the relay
 * checks, one for the grant the relay answers and the app checks, and the conservative grant
 * both fall back to when no lease can be had. Written once here so the two sides cannot drift.
 */
import { z } from 'zod';

/** Providers whose quota the relay leases: only Enphase counts requests per application. */
export const leasedProviderIds = ['enphase'] as const;
/** One of {@link leasedProviderIds}. */
export type LeasedProviderId = (typeof leasedProviderIds)[number];

/** A random installation id: 22–64 URL-safe characters (the app makes 32 hex digits). */
export const installationIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22,64}$/);

/** What an installation asks for. `strict`: an unknown field is a client bug, not noise. */
export const leaseRequestSchema = z
  .object({
    installationId: installationIdSchema,
    /** Sites this installation refreshes now. */
    activeSites: z.number().int().min(0).max(1_000_000),
    /** Calls per day it expects to need at its refresh floor (backfills included). */
    expectedCalls: z.number().finite().min(0).max(100_000_000),
    /** 429 answers the provider gave it since its last lease. */
    reported429s: z.number().int().min(0).max(1_000_000).optional(),
  })
  .strict();
/** The request body. */
export type LeaseRequest = z.infer<typeof leaseRequestSchema>;

/** What the relay grants: a rate, valid until `expiresAt`, to renew from `renewAt` on. */
export const leaseGrantSchema = z.object({
  provider: z.enum(leasedProviderIds),
  /** Calls per day this installation may spend (fractions accrue: 0.5 is one call in two days). */
  perDay: z.number().finite().min(0),
  /** Calls per minute it may send, at least 1. */
  perMinute: z.number().int().min(1),
  issuedAt: z.number().int().nonnegative(),
  renewAt: z.number().int().nonnegative(),
  expiresAt: z.number().int().nonnegative(),
  /** True when the relay could not reach its store and answered the conservative grant. */
  fallback: z.boolean(),
});
/** The answer body. */
export type LeaseGrant = z.infer<typeof leaseGrantSchema>;

/**
 * The grant used when no real one can be had (relay store down, relay unreachable after the
 * last lease ended): small enough that ten thousand installations on it stay within a Partner
 * plan's month (10,000 × 4 × 30 = 1.2 M of 1.5 M), enough to close a few sites' days.
 */
export const CONSERVATIVE_GRANT = { perDay: 4, perMinute: 1 } as const;

/** How long a lease is valid (s): an hour, renewed in its last sixth. */
export const DEFAULT_LEASE_SECONDS = 3600;
