/**
 * The site picker's logic, apart from React: what starts ticked, what "Select all" does, what a
 * filter shows, and what the confirm button promises (add, keep, remove). Pure and tested.
 */
import type { RemoteSystem } from '../../../shared/domain';
import { t } from '../i18n/t';

/** Show a filter box above this many systems: a dozen still fits the eye, fifty does not. */
export const FILTER_FROM = 9;

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Systems by name (then id), so a long list is scanned alphabetically. */
export function sortSystems(systems: readonly RemoteSystem[]): RemoteSystem[] {
  return [...systems].sort(
    (a, b) => collator.compare(a.name, b.name) || collator.compare(a.externalId, b.externalId),
  );
}

/** What starts ticked: exactly the systems that already are this connection's sites. */
export function initialSelection(systems: readonly RemoteSystem[]): ReadonlySet<string> {
  return new Set(systems.filter((s) => s.selected).map((s) => s.externalId));
}

/** The selection with one system flipped. */
export function toggleSystem(selection: ReadonlySet<string>, externalId: string): Set<string> {
  const next = new Set(selection);
  if (next.has(externalId)) next.delete(externalId);
  else next.add(externalId);
  return next;
}

/** Systems whose name, city, time zone or id contains the query (case-insensitive). */
export function filterSystems(systems: readonly RemoteSystem[], query: string): RemoteSystem[] {
  const needle = query.trim().toLowerCase();
  if (!needle) return [...systems];
  return systems.filter((s) =>
    [s.name, s.city, s.timeZone, s.externalId].some((field) =>
      field.toLowerCase().includes(needle),
    ),
  );
}

/** Whether the shown systems are all, some or none ticked (drives the Select all box). */
export function selectAllState(
  shown: readonly RemoteSystem[],
  selection: ReadonlySet<string>,
): 'all' | 'some' | 'none' {
  const ticked = shown.filter((s) => selection.has(s.externalId)).length;
  if (ticked === 0) return 'none';
  return ticked === shown.length ? 'all' : 'some';
}

/** Select all: ticks every shown system, or unticks them all when they already are. */
export function toggleAll(
  shown: readonly RemoteSystem[],
  selection: ReadonlySet<string>,
): Set<string> {
  const next = new Set(selection);
  const untick = selectAllState(shown, selection) === 'all';
  for (const s of shown) {
    if (untick) next.delete(s.externalId);
    else next.add(s.externalId);
  }
  return next;
}

/** What confirming the picker will do. */
export interface PickerPlan {
  /** The chosen ids in list order, as `connections.chooseSites` takes them. */
  chosen: string[];
  added: number;
  removed: number;
  /** The confirm button's words. */
  label: string;
  /** False when confirming would do nothing useful (nothing ticked, nothing to remove). */
  enabled: boolean;
}

/** The confirm button and the request it sends, from the systems and the ticks. */
export function pickerPlan(
  systems: readonly RemoteSystem[],
  selection: ReadonlySet<string>,
): PickerPlan {
  const chosen = systems.filter((s) => selection.has(s.externalId)).map((s) => s.externalId);
  const added = systems.filter((s) => !s.selected && selection.has(s.externalId)).length;
  const removed = systems.filter((s) => s.selected && !selection.has(s.externalId)).length;
  let label: string;
  if (removed > 0 && chosen.length === 0) label = t('picker.remove', { count: removed });
  else if (removed > 0) label = t('picker.keep', { count: chosen.length });
  else if (added > 0) label = t('picker.add', { count: added });
  else if (chosen.length > 0) label = t('picker.keep', { count: chosen.length });
  else label = t('picker.add', { count: 0 });
  return { chosen, added, removed, label, enabled: chosen.length > 0 || removed > 0 };
}

/** The line beside the count: what changes, in words ("2 new · 1 removed; its history stays"). */
export function changeSummary(plan: Pick<PickerPlan, 'added' | 'removed'>): string | null {
  const parts: string[] = [];
  if (plan.added > 0) parts.push(t('picker.new', { count: plan.added }));
  if (plan.removed > 0) parts.push(t('picker.removed', { count: plan.removed }));
  return parts.length > 0 ? parts.join(' · ') : null;
}
