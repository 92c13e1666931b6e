/**
 * Pay per use, as the reference describes it: every Fleet API answer under 500 costs the
 * developer account (the client id) a fixed price, about $1 per 500 data requests; a monthly
 * credit ($10) is free; once the month's spend would pass the account's billing limit the API
 * answers 402 (not billed). Months are UTC calendar months (the reference does not say; an
 * assumption). Money is integer micro-dollars so sums are exact. Separately, each token holder
 * gets a per-minute request allowance; past it the API answers 429 with `after` seconds.
 */

/** Prices and limits of one developer account (µ$ = micro-dollars). */
export interface TeslaBilling {
  costPerRequestMicroUsd: number;
  monthlyCreditMicroUsd: number;
  /** Total month spend allowed before 402 (default: the credit, no card on file). */
  limitMicroUsd: number;
  /** Requests per minute per token holder before 429. */
  perMinute: number;
}

/** $1 per 500 requests, a $10 credit, a $10 limit, 60 requests a minute. */
export const defaultTeslaBilling: TeslaBilling = {
  costPerRequestMicroUsd: 2_000,
  monthlyCreditMicroUsd: 10_000_000,
  limitMicroUsd: 10_000_000,
  perMinute: 60,
};

/** One account's month so far. */
export interface BillingUsage {
  month: string;
  billedRequests: number;
  spentMicroUsd: number;
  /** Spend beyond the free credit (what a card would be charged). */
  chargedMicroUsd: number;
  refusedPaymentRequired: number;
}

/** Month spend per developer account, and per-minute windows per token holder. */
export class BillingBook {
  private readonly months = new Map<string, BillingUsage>();
  private readonly minutes = new Map<string, { minute: number; count: number }>();

  constructor(public settings: TeslaBilling = defaultTeslaBilling) {}

  /** True when one more billed request fits under the account's limit this month. */
  canSpend(clientId: string, now: number): boolean {
    const usage = this.usage(clientId, now);
    return (
      usage.spentMicroUsd + this.settings.costPerRequestMicroUsd <= this.settings.limitMicroUsd
    );
  }

  /** Bills one answered request (callers skip 5xx and 402). */
  bill(clientId: string, now: number): void {
    const usage = this.usage(clientId, now);
    usage.billedRequests += 1;
    usage.spentMicroUsd += this.settings.costPerRequestMicroUsd;
    usage.chargedMicroUsd = Math.max(0, usage.spentMicroUsd - this.settings.monthlyCreditMicroUsd);
  }

  /** Counts a 402. */
  refuse(clientId: string, now: number): void {
    this.usage(clientId, now).refusedPaymentRequired += 1;
  }

  /** Seconds to wait (the 429's `after`) or 0 when the holder may call now (and counts it). */
  takeMinute(holder: string, now: number): number {
    const minute = Math.floor(now / 60);
    const window = this.minutes.get(holder);
    if (!window || window.minute !== minute) {
      this.minutes.set(holder, { minute, count: 1 });
      return 0;
    }
    if (window.count >= this.settings.perMinute) return (minute + 1) * 60 - now;
    window.count += 1;
    return 0;
  }

  /** The account's month as of `now` (created empty when first asked). */
  usage(clientId: string, now: number): BillingUsage {
    const month = new Date(now * 1000).toISOString().slice(0, 7);
    const key = `${clientId}|${month}`;
    let usage = this.months.get(key);
    if (!usage) {
      usage = {
        month,
        billedRequests: 0,
        spentMicroUsd: 0,
        chargedMicroUsd: 0,
        refusedPaymentRequired: 0,
      };
      this.months.set(key, usage);
    }
    return usage;
  }

  /** Forgets every month and minute. */
  reset(): void {
    this.months.clear();
    this.minutes.clear();
  }
}
