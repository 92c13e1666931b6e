/**
 * The site's devices grouped by model: one line per group ("IQ8A microinverters · 52 of 54
 * reporting"), the devices that are not reporting or not normal always listed under it, the
 * whole group on request. Says what "reporting" means and when the list was read.
 */
import { useState } from 'react';
import type { DeviceReporting, DeviceView } from '../../../shared/domain';
import { formatEnergy, formatPower, type EnergyUnitPreference } from '../../../shared/format';
import {
  groupDevices,
  groupTitle,
  isReporting,
  nightExplains,
  reportingRule,
  reportingSummary,
  type DeviceGroup,
} from '../model/deviceGroups';
import { t } from '../i18n/t';
import { DeviceRows } from './DeviceRows';

interface SectionProps {
  devices: readonly DeviceView[];
  reporting: DeviceReporting | null;
  now: number;
  night: boolean;
  unit: EnergyUnitPreference;
}

/** The devices card of the site page. */
export function DevicesSection({ devices, reporting, now, night, unit }: SectionProps) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const groups = groupDevices(devices, reporting);
  const rule = reportingRule(reporting, now, nightExplains(groups, night));
  const toggle = (key: string) =>
    setOpen((keys) => {
      const next = new Set(keys);
      if (!next.delete(key)) next.add(key);
      return next;
    });
  return (
    <section className="card" data-testid="devices" aria-labelledby="devices-title">
      <div className="card-header">
        <h2 id="devices-title">{t('devices.title')}</h2>
        <span className="hint num">{t('devices.listed', { count: devices.length })}</span>
      </div>
      {devices.length === 0 ? (
        <p className="card-body muted">{t('devices.none')}</p>
      ) : (
        <>
          {rule && (
            <p className="device-rule muted" data-testid="device-rule">
              {rule}
            </p>
          )}
          <ul className="device-groups">
            {groups.map((group, index) => (
              <GroupItem
                key={group.key}
                id={`device-group-${index}`}
                group={group}
                expanded={open.has(group.key)}
                onToggle={() => toggle(group.key)}
                reporting={reporting}
                now={now}
                unit={unit}
              />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GroupItem({
  id,
  group,
  expanded,
  onToggle,
  reporting,
  now,
  unit,
}: {
  id: string;
  group: DeviceGroup;
  expanded: boolean;
  onToggle: () => void;
  reporting: DeviceReporting | null;
  now: number;
  unit: EnergyUnitPreference;
}) {
  const shown = expanded ? group.devices : group.attention;
  const notReporting = new Set(shown.filter((d) => !isReporting(d, reporting)));
  const title = groupTitle(group);
  const healthy = group.attention.length === 0;
  return (
    <li
      className="device-group"
      data-testid="device-group"
      data-kind={group.kind}
      data-model={group.model}
    >
      <div className="device-group-head">
        <h3 className="device-group-title">
          <button
            type="button"
            className="device-group-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? `${id}-rows` : undefined}
            onClick={onToggle}
            data-testid="device-group-toggle"
          >
            <span className="device-group-chevron" aria-hidden="true" />
            {title}
          </button>
        </h3>
        <span
          className={`device-group-summary num ${healthy ? '' : 'device-group-summary-bad'}`}
          data-testid="device-group-summary"
        >
          {reportingSummary(group)}
        </span>
        <span className="device-group-figure num" data-testid="device-group-power">
          {group.powerW !== null && formatPower(group.powerW, unit)}
        </span>
        <span className="device-group-figure num" data-testid="device-group-energy">
          {group.energyTodayWh !== null &&
            t('devices.today', { energy: formatEnergy(group.energyTodayWh, unit) })}
        </span>
      </div>
      {shown.length > 0 && (
        <div
          className={expanded ? 'device-group-rows device-group-rows-open' : 'device-group-rows'}
          // The open list scrolls within a fixed height: keyboard users must reach it too.
          tabIndex={expanded ? 0 : undefined}
          role={expanded ? 'region' : undefined}
          aria-label={expanded ? t('devices.regionAll', { title }) : undefined}
        >
          <DeviceRows
            id={`${id}-rows`}
            devices={shown}
            notReporting={notReporting}
            now={now}
            unit={unit}
            caption={expanded ? title : t('devices.captionAttention', { title })}
          />
        </div>
      )}
    </li>
  );
}
