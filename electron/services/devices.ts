/**
 * The site page's device list: read from the site's provider at most once per reporting window
 * (an hour at most: device lists cost quota on Enphase), named once for every place that
 * mentions a device (shared/device-label.ts), and stamped with when it was read and how
 * "reporting" is judged, so the page never calls a device reporting on stale evidence.
 */
import { DEVICE_NOUNS, labelDevices, type DeviceNamer } from '../../shared/device-label';
import type { Device, DeviceReporting, DeviceView } from '../../shared/domain';
import type { SiteRecord } from '../cache/types';
import { englishWords, type Words } from '../i18n/words';
import type { Clock, Logger } from '../ports';
import type { Provider, ProviderSite } from '../providers/provider';

/** Device lists change rarely: they are read again after an hour at most. */
export const DEVICE_LIST_MAX_AGE_SECONDS = 60 * 60;

/** A site's devices as the site page shows them. */
export interface DeviceListing {
  devices: DeviceView[];
  /** Null while no list could be read. */
  reporting: DeviceReporting | null;
}

/** What the device book needs. */
export interface DeviceBookDeps {
  /** The provider serving a site now, or null (disconnected, needs re-auth, demo hidden). */
  providerFor: (site: SiteRecord) => Provider | null;
  clock: Clock;
  log: Logger;
  /** Device names in the language of the answer (default English). */
  words?: Words;
}

/** How long a list read at `windowSeconds` cadence stays worth showing before it is read again. */
export function deviceListMaxAge(windowSeconds: number | null): number {
  return Math.min(DEVICE_LIST_MAX_AGE_SECONDS, windowSeconds ?? DEVICE_LIST_MAX_AGE_SECONDS);
}

/** Device names from main's catalogue ("Wechselrichter 3"); kinds it does not word keep the provider's. */
export function deviceNamer(words: Words): DeviceNamer {
  const known = new Set<string>(DEVICE_NOUNS);
  return (noun, position) =>
    known.has(noun)
      ? words.t(`device.${noun as (typeof DEVICE_NOUNS)[number]}`, { position: String(position) })
      : `${noun} ${position}`;
}

/** What a read found, kept unnamed so each answer names the devices in the language in force. */
interface KeptList {
  devices: Device[];
  reporting: DeviceReporting;
}

/** Remembers each site's last device list; see the module comment. */
export class DeviceBook {
  private readonly lists = new Map<string, KeptList>();

  constructor(private readonly deps: DeviceBookDeps) {}

  /** The site's devices: the remembered list while it is young enough, else a fresh read. */
  async listingOf(site: SiteRecord): Promise<DeviceListing> {
    const kept = await this.keptOf(site);
    if (!kept) return { devices: [], reporting: null };
    const name = deviceNamer(this.deps.words ?? englishWords);
    return { devices: labelDevices(kept.devices, name), reporting: kept.reporting };
  }

  private async keptOf(site: SiteRecord): Promise<KeptList | null> {
    const now = this.deps.clock.now();
    const kept = this.lists.get(site.id);
    if (kept && now - kept.reporting.listedAt < deviceListMaxAge(kept.reporting.windowSeconds)) {
      return kept;
    }
    const provider = this.deps.providerFor(site);
    if (!provider) return kept ?? null;
    const providerSite: ProviderSite = { ...site, lastEnergyAt: null };
    try {
      const listed = await provider.fetchDevices(providerSite);
      const devices = await this.withOutput(provider, providerSite, listed);
      const window = provider.deviceReportSeconds?.(providerSite) ?? null;
      const listing = {
        devices,
        reporting: { listedAt: now, windowSeconds: window === null ? null : Math.ceil(window) },
      };
      this.lists.set(site.id, listing);
      return listing;
    } catch (error) {
      this.deps.log.warn('device list unavailable', {
        siteId: site.id,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return kept ?? null;
    }
  }

  /** The devices with the output figures the provider gives in a call of its own, if it can. */
  private async withOutput(
    provider: Provider,
    site: ProviderSite,
    devices: Device[],
  ): Promise<Device[]> {
    if (!provider.fetchDeviceOutput) return devices;
    try {
      const outputs = await provider.fetchDeviceOutput(site);
      return devices.map((device) => {
        const output = outputs.get(device.serial);
        return output ? { ...device, ...output } : device;
      });
    } catch (error) {
      // The list is worth showing without figures; a lost grant surfaces on the next sync.
      this.deps.log.warn('device output unavailable', {
        siteId: site.externalId,
        error: error instanceof Error ? error.name : 'unknown',
      });
      return devices;
    }
  }
}
