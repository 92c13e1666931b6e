/**
 * The JSON shapes of the API's system resources (list item, summary, devices, inverter
 * summary, meta), built
 * from the fleet at the clock's instant. Field names and units follow the reference doc.
 */
import type { LocalDate } from '../../../shared/time';
import type { Fleet } from './fleet';
import { microFaultSince, type SystemModel } from './production';
import { microModelAt } from './systems';

/** The `meta` block of telemetry and lifetime answers. */
export function metaView(fleet: Fleet, model: SystemModel): Record<string, unknown> {
  return {
    status: fleet.status(model),
    last_report_at: fleet.lastReportAt(model),
    last_energy_at: fleet.lastEnergyAt(model),
    operational_at: model.operationalAt,
  };
}

/** A system as `/systems` and `/systems/{id}` show it: energy and size always -1 there. */
export function systemView(fleet: Fleet, model: SystemModel): Record<string, unknown> {
  const spec = model.spec;
  return {
    system_id: spec.systemId,
    name: spec.name,
    public_name: spec.publicName,
    timezone: spec.timezone,
    address: { ...spec.address },
    connection_type: spec.connectionType,
    energy_lifetime: -1,
    energy_today: -1,
    system_size: -1,
    status: fleet.status(model),
    last_report_at: fleet.lastReportAt(model),
    last_energy_at: fleet.lastEnergyAt(model),
    operational_at: model.operationalAt,
    attachment_type: spec.capacityW >= 50_000 ? 'rack_mount' : 'flush_mount',
    interconnect_date: spec.operationalDate,
    reference: null,
    other_references: [],
  };
}

/** `/systems/{id}/summary` for a local date (today unless asked): past dates report 0 W, 0 modules. */
export function summaryView(
  fleet: Fleet,
  model: SystemModel,
  date: LocalDate,
): Record<string, unknown> {
  const isToday = date === fleet.today(model);
  const dataEnd = fleet.dataEndAt(model);
  const latest = isToday
    ? fleet.receivedIntervals(model, dataEnd - 300, dataEnd).at(-1)
    : undefined;
  return {
    system_id: model.spec.systemId,
    current_power: latest?.powr ?? 0,
    energy_lifetime: fleet.lifetimeBefore(model, date),
    energy_today: fleet.dayWh(model, date),
    last_interval_end_at: dataEnd,
    last_report_at: fleet.lastReportAt(model),
    modules: isToday ? model.spec.micros.count : 0,
    operational_at: model.operationalAt,
    size_w: isToday ? model.spec.capacityW : 0,
    source: 'microinverters',
    status: fleet.status(model),
    summary_date: date,
    battery_charge_w: 0,
    battery_discharge_w: 0,
    battery_capacity_wh: 0,
  };
}

/** 12-digit serials, stable per system and device, shaped like the printed ones. */
function serial(prefix: string, systemId: number, index: number): string {
  return `${prefix}${String(systemId % 10_000).padStart(4, '0')}${String(index).padStart(6, '0')}`;
}

/** `/systems/{id}/devices`: every micro, the production meter and the gateway. */
export function devicesView(fleet: Fleet, model: SystemModel): Record<string, unknown> {
  const spec = model.spec;
  const reportAt = fleet.lastReportAt(model);
  const offline = fleet.status(model) === 'comm';
  const faultAt = microFaultSince(model, fleet.now());
  const micros = Array.from({ length: spec.micros.count }, (_, i) => {
    const dead = faultAt !== null && spec.microFault?.microIndex === i;
    return {
      id: spec.systemId * 10_000 + i,
      last_report_at: dead ? faultAt : reportAt,
      name: `Microinverter ${i + 1}`,
      serial_number: serial('48', spec.systemId, i + 1),
      part_number: microModelAt(spec, i).partNumber,
      sku: microModelAt(spec, i).sku,
      model: microModelAt(spec, i).model,
      status: offline || dead ? 'comm' : 'normal',
      active: true,
      product_name: microModelAt(spec, i).model,
    };
  });
  const gatewaySerial = serial('12', spec.systemId, 1);
  const gateway = {
    id: spec.systemId * 10_000 + 9_001,
    last_report_at: reportAt,
    name: 'IQ Gateway',
    serial_number: gatewaySerial,
    part_number: '800-00654-r08',
    sku: spec.connectionType === 'cellular' ? 'ENV-IQ-AM1-240-M' : 'ENV-IQ-AM1-240',
    model: 'Envoy',
    status: offline ? 'comm' : 'normal',
    active: true,
    product_name: 'IQ Gateway',
    emu_sw_version: 'D8.2.4264',
    ...(spec.connectionType === 'cellular' && {
      cellular_modem: { part_num: '800-00890-r03', sku: 'CELLMODEM-M1-06-SP-05' },
    }),
  };
  const meter = {
    id: spec.systemId * 10_000 + 9_002,
    last_report_at: reportAt,
    name: 'production',
    serial_number: `${gatewaySerial}EIM1`,
    part_number: '800-00655-r01',
    sku: 'CT-200-SPLIT',
    model: 'Envoy',
    status: offline ? 'comm' : 'normal',
    active: true,
    state: 'enabled',
    config_type: 'production',
    product_name: 'Production Meter',
  };
  return {
    system_id: spec.systemId,
    total_devices: micros.length + 2,
    items: 'devices',
    devices: { micros, meters: [meter], gateways: [gateway] },
  };
}

/**
 * `/systems/inverters_summary_by_envoy_or_site?site_id=…`: one entry per gateway with its
 * micros' newest output. Not in the reference doc; the shape follows Enphase's published v4
 * OpenAPI model: `power_produced` and lifetime `energy` as `{value, units, precision}`,
 * `last_report_date` as an RFC 3339 date-time. The newest received interval's power is shared
 * by the micros still producing; a dead micro reports 0 W as of its last report.
 */
export function inverterSummaryView(fleet: Fleet, model: SystemModel): Record<string, unknown>[] {
  const spec = model.spec;
  const reportAt = fleet.lastReportAt(model);
  const offline = fleet.status(model) === 'comm';
  const faultAt = microFaultSince(model, fleet.now());
  const dataEnd = fleet.dataEndAt(model);
  const latest = fleet.receivedIntervals(model, dataEnd - 300, dataEnd).at(-1);
  const producing = spec.micros.count - (faultAt === null ? 0 : 1);
  const lifetime =
    fleet.lifetimeBefore(model, fleet.today(model)) + fleet.dayWh(model, fleet.today(model));
  const gatewaySerial = serial('12', spec.systemId, 1);
  const micros = Array.from({ length: spec.micros.count }, (_, i) => {
    const dead = faultAt !== null && spec.microFault?.microIndex === i;
    const share = dead ? 0 : 1 / producing;
    return {
      id: spec.systemId * 10_000 + i,
      serial_number: serial('48', spec.systemId, i + 1),
      model: microModelAt(spec, i).model,
      part_number: microModelAt(spec, i).partNumber,
      sku: microModelAt(spec, i).sku,
      status: offline || dead ? 'comm' : 'normal',
      power_produced: { value: Math.round((latest?.powr ?? 0) * share), units: 'W', precision: 0 },
      proc_load: '520-00082-r01-v04.30.32',
      param_table: '540-00242-r01-v04.30.06',
      envoy_serial_number: gatewaySerial,
      energy: { value: Math.round(lifetime / spec.micros.count), units: 'Wh', precision: 0 },
      grid_profile: 'IEEE 1547:2018 SRD 2.0',
      last_report_date: new Date((dead ? faultAt : reportAt) * 1000)
        .toISOString()
        .replace('.000Z', 'Z'),
    };
  });
  return [{ signal_strength: 5, micro_inverters: micros }];
}
