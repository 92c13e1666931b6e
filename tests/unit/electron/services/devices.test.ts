import { describe, expect, it } from 'vitest';
import type { Device } from '../../../../shared/domain';
import { silentLogger } from '../../../../electron/ports';
import type { Provider } from '../../../../electron/providers/provider';
import { DemoProvider } from '../../../../electron/providers/demo/demo-provider';
import {
  DEVICE_LIST_MAX_AGE_SECONDS,
  DeviceBook,
  deviceListMaxAge,
} from '../../../../electron/services/devices';
import { createWords } from '../../../../electron/i18n/words';
import type { ResolvedLocale } from '../../../../shared/locale';
import { makeSite } from '../cache/fixtures/cacheFixtures';

const site = makeSite({ id: 'enphase:1', provider: 'enphase', externalId: '1' });

/** A provider whose list and cadence a test sets; it counts the reads. */
function fakeProvider(window: number | null) {
  const state = { reads: 0, list: [] as Device[], fail: false };
  const provider = {
    id: 'enphase',
    connectionId: 'c1',
    fetchDevices: async () => {
      state.reads += 1;
      if (state.fail) throw new Error('down');
      return state.list;
    },
    ...(window !== null && { deviceReportSeconds: () => window }),
  } as unknown as Provider;
  return { provider, state };
}

const micro = (serial: string): Device => ({
  kind: 'micro',
  serial,
  model: 'IQ8A',
  status: 'normal',
  lastReportAt: 1000,
});

describe('deviceListMaxAge', () => {
  it.each([
    [600, 600],
    [2700, 2700],
    [23_400, DEVICE_LIST_MAX_AGE_SECONDS],
    [null, DEVICE_LIST_MAX_AGE_SECONDS],
  ])('a %s s window keeps a list %i s', (window, age) => {
    expect(deviceListMaxAge(window)).toBe(age);
  });
});

describe('DeviceBook', () => {
  it('labels the list, stamps when it was read and the cadence, and reads again once it is old', async () => {
    let now = 10_000;
    const { provider, state } = fakeProvider(2700);
    state.list = [micro('b'), micro('a')];
    const book = new DeviceBook({
      providerFor: () => provider,
      clock: { now: () => now },
      log: silentLogger,
    });
    const first = await book.listingOf(site);
    expect(first.devices.map((d) => d.label)).toEqual(['Inverter 1', 'Inverter 2']);
    expect(first.reporting).toEqual({ listedAt: 10_000, windowSeconds: 2700 });
    now += 2699;
    await book.listingOf(site);
    expect(state.reads).toBe(1);
    now += 1;
    expect((await book.listingOf(site)).reporting?.listedAt).toBe(12_700);
    expect(state.reads).toBe(2);
  });

  it('names the same kept list in the language in force at each answer, as the fault text does', async () => {
    const { provider, state } = fakeProvider(2700);
    state.list = [
      micro('a'),
      { ...micro('m'), kind: 'meter' },
      { ...micro('g'), kind: 'gateway' },
      { ...micro('e'), kind: 'encharge' },
      micro('b'),
    ];
    let locale: ResolvedLocale = { language: 'de', formats: 'de-DE' };
    const book = new DeviceBook({
      providerFor: () => provider,
      clock: { now: () => 10_000 },
      log: silentLogger,
      words: createWords(() => locale),
    });
    expect((await book.listingOf(site)).devices.map((d) => d.label)).toEqual([
      'Wechselrichter 1',
      'Zähler 1',
      'Gateway 1',
      'Encharge 1',
      'Wechselrichter 2',
    ]);
    locale = { language: 'en', formats: 'en-US' };
    expect((await book.listingOf(site)).devices.map((d) => d.label)).toEqual([
      'Inverter 1',
      'Meter 1',
      'Gateway 1',
      'Encharge 1',
      'Inverter 2',
    ]);
    expect(state.reads).toBe(1);
  });

  it('keeps the last list (with its own read time) when a read fails or the provider is gone', async () => {
    let now = 10_000;
    const { provider, state } = fakeProvider(null);
    state.list = [micro('a')];
    let serving: Provider | null = provider;
    const book = new DeviceBook({
      providerFor: () => serving,
      clock: { now: () => now },
      log: silentLogger,
    });
    await book.listingOf(site);
    now += DEVICE_LIST_MAX_AGE_SECONDS;
    state.fail = true;
    expect((await book.listingOf(site)).reporting).toEqual({
      listedAt: 10_000,
      windowSeconds: null,
    });
    serving = null;
    expect((await book.listingOf(site)).devices).toHaveLength(1);
    expect(
      await new DeviceBook({
        providerFor: () => null,
        clock: { now: () => now },
        log: silentLogger,
      }).listingOf(site),
    ).toEqual({ devices: [], reporting: null });
  });

  it('reads the demo fleet with its 10-minute cadence', async () => {
    const clock = { now: () => 1_751_371_200 };
    const demo = new DemoProvider({ clock });
    const madrid = makeSite({
      id: 'demo:madrid-san-rafael-hospital',
      provider: 'demo',
      externalId: 'madrid-san-rafael-hospital',
    });
    const listing = await new DeviceBook({
      providerFor: () => demo,
      clock,
      log: silentLogger,
    }).listingOf(madrid);
    expect(listing.reporting).toEqual({ listedAt: clock.now(), windowSeconds: 600 });
    expect(listing.devices.find((d) => d.status === 'fault')?.label).toBe('Inverter 3');
  });
});
