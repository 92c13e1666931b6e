/**
 * Says once that the shared store is unreachable and once that it is back, however many
 * requests notice in between: an outage must be visible to the operator without flooding the
 * log, and every caller (leases, the rate limiter) reports into the same notice.
 */
import type { RelayLogger } from '../logger';

/** See the module comment. */
export class StoreOutageNotice {
  private down = false;

  constructor(private readonly logger: RelayLogger) {}

  /** A store call failed: logged the first time only. */
  failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      'quota store unreachable: leases fall back to the conservative grant, token exchange continues',
      { error: error instanceof Error ? (error.cause ?? error) : String(error) },
    );
  }

  /** A store call succeeded: logged when it ends an outage. */
  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info('quota store reachable again');
  }
}
