/**
 * The Fleet API under `/{na|eu}/api/1` (each prefix is one region's base URL): bearer tokens,
 * the token's audience (a token works on its own region only, `users/region` excepted), 421 for an owner of the other
 * region, billing (every answer under 500 costs the developer account, 402 once the month's
 * limit is reached), 429 with `after`, and the energy endpoints.
 */
import { Hono, type Context } from 'hono';
import { DateTime } from 'luxon';
import { faultGate } from '../enphase/http';
import { regionOfPrefix, type TeslaContext } from './context';
import { fleetError, fleetOk } from './errors';
import type { TokenHolder } from './grants';
import { calendarHistory } from './history';
import { batteryCapacityWh, BACKUP_RESERVE_PERCENT, POWERWALL, SAMPLE_SECONDS } from './model';
import { partnerRoutes } from './partner';
import type { TeslaOwnerSpec, TeslaRegion } from './sites';

type Env = { Variables: { holder: TokenHolder; region: TeslaRegion } };

/** The Fleet API routes, mounted at `/:region/api/1`. */
export function fleetApiRoutes(context: TeslaContext): Hono<Env> {
  const routes = new Hono<Env>();
  routes.use('*', async (c, next) => {
    const region = regionOfPrefix(c.req.param('region') ?? '');
    if (!region) return fleetError(404, 'not_found');
    const fault = await faultGate(context, c.req.path);
    if (fault) return fault;
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header('authorization') ?? '')?.[1];
    const holder = token ? context.grants.holderOf(token) : null;
    const now = context.clock.now();
    const payer = context.app.clientId;
    const billed = (response: Response) => {
      context.billing.bill(payer, now);
      return response;
    };
    if (!context.billing.canSpend(payer, now)) {
      context.billing.refuse(payer, now);
      return fleetError(402, 'Payment required: the billing limit for this month is reached');
    }
    if (!holder) return billed(fleetError(401, 'invalid bearer token'));
    // users/region answers on every base: it is how a client finds the right one.
    const regionCall = c.req.path.endsWith('/users/region');
    if (context.audienceEnforced && !regionCall && holder.audience !== context.regionBase[region]) {
      return billed(fleetError(401, 'token audience does not match this region'));
    }
    const after = context.billing.takeMinute(holder.key, now);
    if (after > 0) return billed(fleetError(429, 'Too many requests', { after }));
    c.set('holder', holder);
    c.set('region', region);
    await next();
    if (c.res.status < 500) context.billing.bill(payer, now);
  });

  routes.get('/users/region', (c) => {
    const owner = ownerOf(c.get('holder'));
    if (!owner) return fleetError(403, 'Unauthorized missing scopes');
    return fleetOk({
      region: owner.region.toLowerCase(),
      fleet_api_base_url: context.regionBase[owner.region],
    });
  });
  routes.get('/products', (c) => {
    const owner = userIn(c);
    if (owner instanceof Response) return owner;
    const products = [
      ...owner.vehicles.map((vehicle) => ({
        id: vehicle.id,
        vehicle_id: vehicle.id + 1,
        vin: vehicle.vin,
        display_name: vehicle.displayName,
        state: 'asleep',
      })),
      ...owner.sites.map((site) => productOf(context, site.energySiteId)),
    ];
    return fleetOk(products, { count: products.length });
  });
  routes.get('/energy_sites/:id/site_info', (c) => {
    const site = siteFor(c);
    if (site instanceof Response) return site;
    const { spec } = site;
    return fleetOk({
      id: `STE${spec.energySiteId}`,
      site_name: spec.name,
      backup_reserve_percent: spec.powerwalls > 0 ? BACKUP_RESERVE_PERCENT : null,
      default_real_mode: spec.powerwalls > 0 ? 'self_consumption' : null,
      installation_date: DateTime.fromSeconds(site.installedAt, { zone: spec.timezone }).toISO({
        suppressMilliseconds: true,
      }),
      version: '26.36.1',
      battery_count: spec.powerwalls,
      nameplate_power: spec.pvW,
      nameplate_energy: batteryCapacityWh(spec),
      installation_time_zone: spec.timezone,
      components: componentsOf(spec),
    });
  });
  routes.get('/energy_sites/:id/live_status', (c) => {
    const site = siteFor(c);
    if (site instanceof Response) return site;
    const { spec } = site;
    const sample = context.fleet.latestSample(site);
    const watts = (wh: number | undefined) => Math.round(((wh ?? 0) * 3600) / SAMPLE_SECONDS);
    const capacity = batteryCapacityWh(spec);
    const stampAt = sample ? sample.start + SAMPLE_SECONDS : context.clock.now();
    return fleetOk({
      solar_power: watts(sample?.solar),
      battery_power: watts(sample?.batteryDischarge) - watts(sample?.batteryCharge),
      load_power: spec.loadMeter ? watts(sample?.home) : null,
      grid_power: spec.loadMeter ? watts(sample?.gridImport) - watts(sample?.gridExport) : null,
      energy_left: sample?.batteryWh ?? 0,
      total_pack_energy: capacity,
      percentage_charged: capacity > 0 ? ((sample?.batteryWh ?? 0) / capacity) * 100 : 0,
      grid_status: 'Active',
      island_status: 'on_grid',
      storm_mode_active: false,
      backup_capable: spec.powerwalls > 0,
      wall_connectors: [],
      timestamp: DateTime.fromSeconds(stampAt, { zone: spec.timezone }).toISO({
        suppressMilliseconds: true,
      }),
    });
  });
  routes.get('/energy_sites/:id/calendar_history', (c) => {
    const site = siteFor(c);
    if (site instanceof Response) return site;
    return calendarHistory(context, site, new URL(c.req.url).searchParams);
  });
  routes.route('/partner_accounts', partnerRoutes(context));
  routes.notFound(() => fleetError(404, 'not_found'));
  return routes;

  function ownerOf(holder: TokenHolder): TeslaOwnerSpec | null {
    return holder.login === null ? null : (context.fleet.owner(holder.login) ?? null);
  }

  /** The signed-in owner, or the answer for a partner token (403) or the wrong region (421). */
  function userIn(c: Context<Env>): TeslaOwnerSpec | Response {
    const owner = ownerOf(c.get('holder'));
    if (!owner) return fleetError(403, 'Unauthorized missing scopes');
    if (owner.region !== c.get('region')) {
      return fleetError(421, 'user out of region', {
        error_description: `Use ${context.regionBase[owner.region]}`,
      });
    }
    return owner;
  }

  function siteFor(c: Context<Env>) {
    const owner = userIn(c);
    if (owner instanceof Response) return owner;
    if (!c.get('holder').scopes.includes('energy_device_data')) {
      return fleetError(403, 'Unauthorized missing scopes');
    }
    const id = Number(c.req.param('id'));
    const found = context.fleet.site(id);
    if (!found || found.owner.login !== owner.login) return fleetError(404, 'not_found');
    return found.model;
  }
}

function componentsOf(spec: TeslaOwnerSpec['sites'][number]) {
  return {
    solar: true,
    solar_type: 'pv_panel',
    battery: spec.powerwalls > 0,
    ...(spec.powerwalls > 0 && { battery_type: 'ac_powerwall' }),
    grid: true,
    load_meter: spec.loadMeter,
    market_type: 'residential',
    wall_connectors: [],
  };
}

function productOf(context: TeslaContext, energySiteId: number) {
  const model = context.fleet.require(energySiteId);
  const { spec } = model;
  const sample = context.fleet.latestSample(model);
  const capacity = batteryCapacityWh(spec);
  return {
    energy_site_id: spec.energySiteId,
    resource_type: spec.powerwalls > 0 ? 'battery' : 'solar',
    site_name: spec.name,
    id: `STE${spec.energySiteId}`,
    asset_site_id: `a${spec.energySiteId}`,
    solar_power: Math.round(((sample?.solar ?? 0) * 3600) / SAMPLE_SECONDS),
    ...(spec.powerwalls > 0 && {
      energy_left: sample?.batteryWh ?? 0,
      total_pack_energy: capacity,
      percentage_charged: ((sample?.batteryWh ?? 0) / capacity) * 100,
      battery_power: 0,
      battery_type: 'ac_powerwall',
      backup_capable: true,
      nameplate_battery_power: spec.powerwalls * POWERWALL.powerW,
    }),
    components: componentsOf(spec),
  };
}
