/**
 * The emulated energy sites seen through the emulator clock: who owns which site, which
 * five-minute samples the cloud has by now (every sample that ended `dataDelaySeconds` ago),
 * and the ground truth of a local day, summed from exactly the samples the API serves.
 */
import { localDateOf, type LocalDate } from '../../../shared/time';
import type { EmulatorClock } from '../enphase/clock';
import {
  buildSiteModel,
  daySamples,
  SAMPLE_SECONDS,
  type FlowSample,
  type SiteModel,
} from './model';
import { assertValidOwners, type TeslaOwnerSpec } from './sites';

/**
 * A local day's totals (Wh): null where nothing measures them (no battery, no site meter) and
 * everywhere while the cloud has no sample of the day yet.
 */
export interface DayTruth {
  solarWh: number | null;
  homeWh: number | null;
  gridImportWh: number | null;
  gridExportWh: number | null;
  batteryChargeWh: number | null;
  batteryDischargeWh: number | null;
  /** Samples counted (fewer than the day's while it is still running). */
  samples: number;
}

/** Raised for a site id the emulator does not have. */
export class UnknownEnergySiteError extends Error {
  override name = 'UnknownEnergySiteError';
}

/** Owners, their sites and what the cloud knows about them now. */
export class EnergyFleet {
  private readonly models = new Map<number, { model: SiteModel; owner: TeslaOwnerSpec }>();

  constructor(
    readonly owners: readonly TeslaOwnerSpec[],
    private readonly clock: EmulatorClock,
    seed: number,
    public dataDelaySeconds: number,
  ) {
    assertValidOwners(owners);
    for (const owner of owners) {
      for (const spec of owner.sites) {
        this.models.set(spec.energySiteId, { model: buildSiteModel(spec, seed), owner });
      }
    }
  }

  /** The owner with this login (e-mails compare case-insensitively). */
  owner(login: string): TeslaOwnerSpec | undefined {
    const wanted = login.trim().toLowerCase();
    return this.owners.find((owner) => owner.login.toLowerCase() === wanted);
  }

  /** A site and its owner, or undefined. */
  site(energySiteId: number): { model: SiteModel; owner: TeslaOwnerSpec } | undefined {
    return this.models.get(energySiteId);
  }

  /** A site's model; throws for tests naming one that does not exist. */
  require(energySiteId: number): SiteModel {
    const found = this.models.get(energySiteId);
    if (!found) throw new UnknownEnergySiteError(`No emulated energy site ${energySiteId}`);
    return found.model;
  }

  /** End of the newest sample the cloud has (a multiple of five minutes). */
  dataEnd(): number {
    const end = this.clock.now() - this.dataDelaySeconds;
    return Math.floor(end / SAMPLE_SECONDS) * SAMPLE_SECONDS;
  }

  /** The samples of a local day the cloud has now. */
  knownSamples(model: SiteModel, date: LocalDate): FlowSample[] {
    const end = this.dataEnd();
    return daySamples(model, date).filter((sample) => sample.start + SAMPLE_SECONDS <= end);
  }

  /** The newest sample the cloud has, or null (before installation). */
  latestSample(model: SiteModel): FlowSample | null {
    const end = this.dataEnd();
    const date = localDateOf(end - SAMPLE_SECONDS, model.spec.timezone);
    return this.knownSamples(model, date).at(-1) ?? null;
  }

  /** What the app should show for a local day once synced: sums of the served samples. */
  dayTruth(model: SiteModel, date: LocalDate): DayTruth {
    const samples = this.knownSamples(model, date);
    const sum = (pick: (sample: FlowSample) => number) =>
      samples.reduce((total, sample) => total + pick(sample), 0);
    const known = samples.length > 0;
    const loadMeter = known && model.spec.loadMeter;
    const battery = known && model.spec.powerwalls > 0;
    return {
      solarWh: known ? sum((s) => s.solar) : null,
      homeWh: loadMeter ? sum((s) => s.home) : null,
      gridImportWh: loadMeter ? sum((s) => s.gridImport) : null,
      gridExportWh: loadMeter ? sum((s) => s.gridExport) : null,
      batteryChargeWh: battery ? sum((s) => s.batteryCharge) : null,
      batteryDischargeWh: battery ? sum((s) => s.batteryDischarge) : null,
      samples: samples.length,
    };
  }
}
