import { describe, expect, it } from 'vitest';
import { loadRelayConfig, RelayConfigError } from '../../../../relay/config';

function problemsOf(env: Record<string, string>): readonly string[] {
  try {
    loadRelayConfig(env);
  } catch (error) {
    if (error instanceof RelayConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('the quota part of the relay configuration', () => {
  it('defaults to the Kilowatt plan, hour-long leases and the in-memory store', () => {
    const { quota } = loadRelayConfig({}).config;
    expect(quota.redisUrl).toBeNull();
    expect(quota.capacity.get('enphase')).toEqual({ perMinute: 50, perMonth: 50_000 });
    expect(quota.policy.leaseSeconds).toBe(3600);
    expect(quota.leasesPerInstallationPerHour).toBe(30);
    expect(quota.maxInstallationsPerAddress).toBe(20);
  });

  it('takes the plan, its figures when they differ, and a Redis URL', () => {
    const { quota } = loadRelayConfig({
      RELAY_QUOTA_ENPHASE_PLAN: 'Partner',
      RELAY_QUOTA_ENPHASE_PER_MONTH: '1200000',
      REDIS_URL: 'rediss://:pw@redis.internal:6380/2',
    }).config;
    expect(quota.capacity.get('enphase')).toEqual({ perMinute: 300, perMonth: 1_200_000 });
    expect(quota.redisUrl).toBe('rediss://:pw@redis.internal:6380/2');
  });

  it.each([
    ['RELAY_QUOTA_ENPHASE_PLAN', 'gigawatt', /must be watt, kilowatt, megawatt or partner/],
    ['REDIS_URL', 'http://:hunter2@redis:6379', /must be a redis:\/\/ or rediss:\/\/ URL/],
    ['REDIS_URL', 'not a url hunter2', /must be a redis:\/\/ or rediss:\/\/ URL/],
    ['RELAY_QUOTA_LEASE_SECONDS', '10', /from 60 to 86400/],
  ])('refuses %s=%s with one line that does not echo a password', (name, value, message) => {
    const problems = problemsOf({ [name]: value });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(message);
    expect(problems[0]).not.toContain('hunter2');
  });
});
