/**
 * The quota lease's part of the relay configuration: which plan the platform's Enphase
 * application is on (the per-month figure of Kilowatt is uncertain, so both figures can be set
 * directly), the lease policy, the per-installation and per-address limits, and `REDIS_URL`.
 * Validated with the rest of the environment in relay/config.ts, one line per problem.
 */
import { z } from 'zod';
import { enphasePlans } from '../../shared/enphase-plans';
import { DEFAULT_LEASE_SECONDS, type LeasedProviderId } from '../../shared/quota-lease';
import { integerVar } from '../env-vars';
import type { LeasePolicy, QuotaCapacity } from './lease';

/** What the quota endpoint runs on. */
export interface QuotaConfig {
  /** Redis connection URL; null: the in-memory store (one instance). Holds a password: never log it. */
  redisUrl: string | null;
  capacity: ReadonlyMap<LeasedProviderId, QuotaCapacity>;
  policy: LeasePolicy;
  /** Lease requests one installation id may make per hour. */
  leasesPerInstallationPerHour: number;
  /** Installation ids one address may hold leases for within a day. */
  maxInstallationsPerAddress: number;
}

/** The policy's defaults; the operator sets the lease length and the site cap. */
export const defaultLeasePolicy: LeasePolicy = {
  leaseSeconds: DEFAULT_LEASE_SECONDS,
  firstLeaseSeconds: 900,
  safetyMargin: 0.05,
  backfillReserve: 0.1,
  backfillCallsPerNewSite: 30,
  backfillSeconds: 86_400,
  maxSitesPerInstallation: 5_000,
  shrinkPerReport: 0.8,
  shrinkFloor: 0.5,
};

function blankToUndefined(value: unknown): unknown {
  return typeof value === 'string' && value.trim() === '' ? undefined : value;
}

const planVar = z.preprocess(blankToUndefined, z.string().optional()).transform((raw, ctx) => {
  const plan = (raw ?? 'kilowatt').trim().toLowerCase();
  if (!Object.hasOwn(enphasePlans, plan)) {
    ctx.addIssue({ code: 'custom', message: 'must be watt, kilowatt, megawatt or partner' });
    return z.NEVER;
  }
  return plan as keyof typeof enphasePlans;
});

const redisUrlVar = z.preprocess(blankToUndefined, z.string().optional()).transform((raw, ctx) => {
  if (raw === undefined) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    // Not echoed: a Redis URL usually carries its password.
    ctx.addIssue({ code: 'custom', message: 'must be a redis:// or rediss:// URL' });
    return z.NEVER;
  }
  if (url.protocol !== 'redis:' && url.protocol !== 'rediss:') {
    ctx.addIssue({ code: 'custom', message: 'must be a redis:// or rediss:// URL' });
    return z.NEVER;
  }
  return url.href;
});

const optionalCount = (max: number, what: string) => integerVar(0, 0, max, what);

/** The quota variables, checked alongside the others. */
export const quotaEnvSchema = z.object({
  REDIS_URL: redisUrlVar,
  RELAY_QUOTA_ENPHASE_PLAN: planVar,
  RELAY_QUOTA_ENPHASE_PER_MINUTE: optionalCount(1_000_000, 'requests per minute (0: the plan)'),
  RELAY_QUOTA_ENPHASE_PER_MONTH: optionalCount(1_000_000_000, 'requests per month (0: the plan)'),
  RELAY_QUOTA_LEASE_SECONDS: integerVar(DEFAULT_LEASE_SECONDS, 60, 86_400, 'in seconds'),
  RELAY_QUOTA_MAX_SITES: integerVar(5_000, 1, 1_000_000, 'sites one installation may claim'),
  RELAY_QUOTA_LEASES_PER_HOUR: integerVar(30, 1, 100_000, 'lease requests per installation'),
  RELAY_QUOTA_INSTALLATIONS_PER_ADDRESS: integerVar(20, 1, 1_000_000, 'per caller address'),
});

/** Builds the quota configuration from the parsed variables. */
export function quotaConfigFrom(vars: z.output<typeof quotaEnvSchema>): QuotaConfig {
  const plan = enphasePlans[vars.RELAY_QUOTA_ENPHASE_PLAN];
  return {
    redisUrl: vars.REDIS_URL,
    capacity: new Map([
      [
        'enphase',
        {
          perMinute: vars.RELAY_QUOTA_ENPHASE_PER_MINUTE || plan.perMinute,
          perMonth: vars.RELAY_QUOTA_ENPHASE_PER_MONTH || plan.perMonth,
        },
      ],
    ]),
    policy: {
      ...defaultLeasePolicy,
      leaseSeconds: vars.RELAY_QUOTA_LEASE_SECONDS,
      maxSitesPerInstallation: vars.RELAY_QUOTA_MAX_SITES,
    },
    leasesPerInstallationPerHour: vars.RELAY_QUOTA_LEASES_PER_HOUR,
    maxInstallationsPerAddress: vars.RELAY_QUOTA_INSTALLATIONS_PER_ADDRESS,
  };
}
