/**
 * Which of an account's systems become sites: one row per system (name, place, zone, size,
 * status), Select all, a filter for long lists, and a confirm button that says what it will do.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import type { RemoteSystem } from '../../../shared/domain';
import { formatCapacity } from '../../../shared/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Skeleton } from '../common/Skeleton';
import { StatusPill } from '../common/StatusPill';
import type { Picking } from './connectFlow';
import {
  changeSummary,
  FILTER_FROM,
  filterSystems,
  initialSelection,
  pickerPlan,
  selectAllState,
  sortSystems,
  toggleAll,
  toggleSystem,
} from './pickerModel';
import { t } from '../i18n/t';

function SystemRow({
  system,
  checked,
  disabled,
  onToggle,
}: {
  system: RemoteSystem;
  checked: boolean;
  disabled: boolean;
  onToggle: () => void;
}) {
  return (
    <label
      className="system-option"
      data-testid="system-option"
      data-external-id={system.externalId}
      data-checked={checked || undefined}
    >
      <input type="checkbox" checked={checked} disabled={disabled} onChange={onToggle} />
      <span className="system-name">
        <span className="system-title">{system.name}</span>
        <span className="system-place">
          {system.city || t('picker.placeUnknown')}
          {system.selected && <span className="system-current">{t('picker.alreadySite')}</span>}
        </span>
      </span>
      <span className="system-zone">{system.timeZone}</span>
      <span className="system-size num">
        {system.capacityW === null ? (
          <span className="muted" title={t('picker.sizeUnknown')}>
            –
          </span>
        ) : (
          formatCapacity(system.capacityW)
        )}
      </span>
      <span className="system-status">
        <StatusPill status={system.status} />
      </span>
    </label>
  );
}

/** The picker card; `onSave` gets the chosen external ids, `onCancel` closes it unchanged. */
export function SystemPicker({
  picking,
  saving,
  onSave,
  onCancel,
}: {
  picking: Picking;
  saving: boolean;
  onSave: (externalIds: string[], added: number) => void;
  onCancel: () => void;
}) {
  const { connection, systems: unsorted, reconnected, error } = picking;
  const systems = useMemo(() => sortSystems(unsorted), [unsorted]);
  const [selection, setSelection] = useState(() => initialSelection(systems));
  const [query, setQuery] = useState('');
  const shown = useMemo(() => filterSystems(systems, query), [systems, query]);
  const allState = selectAllState(shown, selection);
  const plan = pickerPlan(systems, selection);
  const change = changeSummary(plan);

  const selectAll = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (selectAll.current) selectAll.current.indeterminate = allState === 'some';
  }, [allState]);
  // The picker replaces the connect card at the top; bring it into view after a long scroll.
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    card.current?.scrollIntoView({ block: 'nearest' });
  }, []);

  let intro: string;
  if (systems.length === 0) intro = t('picker.noSystems');
  else if (reconnected) intro = t('picker.reconnected', { account: connection.accountLabel });
  else if (connection.siteIds.length > 0) intro = t('picker.change');
  else intro = t('picker.first');

  return (
    <section className="card system-picker" data-testid="system-picker" ref={card}>
      <div className="card-header">
        <h2>{t('picker.title', { account: connection.accountLabel })}</h2>
        <span className="hint num">{t('picker.systems', { count: systems.length })}</span>
      </div>
      <div className="card-body picker-intro">
        <p>{intro}</p>
        {error && <ErrorNotice error={error} title={t('picker.notSaved')} />}
      </div>
      {systems.length > 0 && (
        <>
          <div className="picker-toolbar">
            <label className="select-all">
              <input
                ref={selectAll}
                type="checkbox"
                data-testid="select-all"
                checked={allState === 'all'}
                disabled={saving || shown.length === 0}
                onChange={() => setSelection(toggleAll(shown, selection))}
              />
              {query.trim() ? t('picker.selectShown') : t('picker.selectAll')}
            </label>
            {systems.length >= FILTER_FROM && (
              <input
                type="search"
                className="input picker-filter"
                placeholder={t('picker.filter')}
                aria-label={t('picker.filterLabel')}
                data-testid="system-filter"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
              />
            )}
            <span className="picker-count num" data-testid="picker-count" aria-live="polite">
              {t('picker.selected', { chosen: plan.chosen.length, total: systems.length })}
            </span>
          </div>
          <div className="system-list" role="group" aria-label={t('picker.systemsLabel')}>
            {shown.map((system) => (
              <SystemRow
                key={system.externalId}
                system={system}
                checked={selection.has(system.externalId)}
                disabled={saving}
                onToggle={() => setSelection(toggleSystem(selection, system.externalId))}
              />
            ))}
            {shown.length === 0 && (
              <div className="system-none muted">
                {t('picker.noMatch', { query: query.trim() })}
              </div>
            )}
          </div>
        </>
      )}
      <div className="form-actions picker-actions">
        <span className="picker-change muted">{change}</span>
        <button type="button" className="button" onClick={onCancel} disabled={saving}>
          {reconnected || connection.siteIds.length > 0 ? t('picker.close') : t('picker.notNow')}
        </button>
        <button
          type="button"
          className="button primary"
          data-testid="add-sites"
          disabled={saving || !plan.enabled}
          onClick={() => onSave(plan.chosen, plan.added)}
        >
          {saving ? t('picker.saving') : plan.label}
        </button>
      </div>
    </section>
  );
}

/** The picker's place while the account's systems are being listed. */
export function SystemPickerLoading({ onCancel }: { onCancel: () => void }) {
  return (
    <section className="card system-picker" aria-busy="true" data-testid="system-picker-loading">
      <div className="card-header">
        <h2>{t('conn.chooseSites')}</h2>
        <span className="hint">{t('picker.listing')}</span>
      </div>
      <div className="system-list">
        {Array.from({ length: 4 }, (_, i) => (
          <div key={i} className="system-option" aria-hidden="true">
            <Skeleton width={16} height={16} />
            <Skeleton width="50%" height={14} />
            <Skeleton width="70%" height={12} />
            <Skeleton width="60%" height={12} />
            <Skeleton width={60} height={18} />
          </div>
        ))}
      </div>
      <div className="form-actions picker-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('picker.cancel')}
        </button>
      </div>
    </section>
  );
}
