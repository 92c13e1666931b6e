/**
 * The Enphase request gate that also tells the lease client about every 429: the gate is held
 * exactly when Enphase answered 429 (for the minute or the month), so that is where the
 * installation learns its grant was too generous and reports it to the relay.
 */
import { MinuteGate, type MinuteGateOptions } from '../sync/minute-gate';

/** See the module comment. */
export class LeaseReportingGate extends MinuteGate {
  constructor(
    options: MinuteGateOptions,
    private readonly on429: () => void,
  ) {
    super(options);
  }

  override holdUntil(instant: number): void {
    this.on429();
    super.holdUntil(instant);
  }
}
