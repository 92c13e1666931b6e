/**
 * The pieces DateField, MonthField (CalendarFields.tsx) and TimeField are built from: a labelled
 * group that says what is wrong below it, a number part the arrow keys step, and a month list
 * named in the format locale. Each part has its own name for screen readers ("First day, Day").
 */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import {
  monthNames,
  splitIso,
  stepPart,
  type DateDraft,
  type FieldProblem,
  type Parsed,
} from '../model/dateFields';
import { formatLocale } from '../../../shared/format';
import { t } from '../i18n/t';

/** The sentence for a problem with what was typed; null while it is merely unfinished. */
export function problemText(problem: FieldProblem | null): string | null {
  if (!problem) return null;
  switch (problem.kind) {
    case 'incomplete':
      return null;
    case 'day':
      return t('field.badDay');
    case 'month':
      return t('field.badMonth');
    case 'year':
      return t('field.badYear');
    case 'noSuchDay':
      return t('field.noSuchDay', {
        day: problem.day,
        days: problem.days,
        month: monthNames(formatLocale())[problem.month - 1]!,
        year: String(problem.year),
      });
    case 'hour':
      return t('field.badHour', { min: problem.min, max: problem.max });
    case 'minute':
      return t('field.badMinute');
  }
}

/**
 * A draft of typed parts kept apart from the value it produces, so an unfinished or impossible
 * entry stays on screen while the page holds '' (or its last good value). A value the page
 * sends that this field did not produce replaces the draft; echoes of what it produced do not,
 * even late ones (Settings answers each save in turn, so "10:03" can come back after "10:30"
 * was typed).
 */
export function useDraft<D>(
  value: string,
  split: (value: string) => D,
): [D, (draft: D, emitted: string | null) => void] {
  const [draft, setDraft] = useState(() => split(value));
  const produced = useRef(new Set([value]));
  useEffect(() => {
    if (!produced.current.has(value)) {
      produced.current = new Set([value]);
      setDraft(split(value));
    }
  }, [value, split]);
  const update = (next: D, out: string | null) => {
    setDraft(next);
    if (out !== null) produced.current.add(out);
  };
  return [draft, update];
}

/** What DateField and MonthField exchange with their page. */
export interface CalendarFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
  /** Told whether the field shows a problem of its own, so the page need not say it twice. */
  onProblemChange?: (shown: boolean) => void;
}

/**
 * The state of a date or month field: the draft, its problem, and `change`, which reports the
 * ISO value to the page ('' while unfinished or impossible, as the native inputs did).
 */
export function useCalendarDraft(props: CalendarFieldProps, parse: (draft: DateDraft) => Parsed) {
  const [draft, setDraft] = useDraft(props.value, splitIso);
  const messageId = useMessageId();
  const parsed = parse(draft);
  const problem = parsed.ok ? null : parsed.problem;
  const change = (patch: Partial<DateDraft>) => {
    const next = { ...draft, ...patch };
    const result = parse(next);
    const out = result.ok ? result.value : '';
    setDraft(next, out);
    if (out !== props.value) props.onChange(out);
  };
  /** What each part needs: its test id, and whether the problem is its own. */
  const common = (part: string) => ({
    testId: props.testId,
    messageId,
    invalid: (problem?.kind === 'noSuchDay' ? 'day' : problem?.kind) === part,
  });
  const message = problemText(problem);
  const report = props.onProblemChange;
  useEffect(() => report?.(message !== null), [message, report]);
  const group = { label: props.label, testId: props.testId, message, messageId };
  return { draft, change, common, group };
}

/** A labelled group of parts with its problem shown (and announced) under it. */
export function FieldGroup(props: {
  label: string;
  testId?: string;
  message: string | null;
  messageId: string;
  className?: string;
  onLeave?: () => void;
  children: ReactNode;
}) {
  return (
    <div className="date-field-wrap">
      <div
        role="group"
        aria-label={props.label}
        className={`date-field ${props.className ?? ''}`}
        data-testid={props.testId}
        onBlur={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) props.onLeave?.();
        }}
      >
        {props.children}
      </div>
      {props.message && (
        <div className="field-message" id={props.messageId} role="alert">
          {props.message}
        </div>
      )}
    </div>
  );
}

/** The ids a group's parts point at for their problem. */
export function useMessageId(): string {
  return `${useId()}-message`;
}

/** What every part of a group shares: its test id prefix and the problem it may point at. */
export interface PartCommon {
  testId?: string;
  messageId: string;
  invalid: boolean;
}

/** A number part: digits only, Up/Down step it within [min, max]. */
export function NumberPart(
  props: PartCommon & {
    part: string;
    label: string;
    placeholder: string;
    value: string;
    digits: number;
    range: { min: number; max: number; start: number };
    pad?: boolean;
    onChange: (text: string) => void;
  },
) {
  return (
    <input
      className={`input part part-${props.digits}`}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      maxLength={props.digits}
      aria-label={props.label}
      placeholder={props.placeholder}
      value={props.value}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.invalid ? props.messageId : undefined}
      data-testid={props.testId && `${props.testId}-${props.part}`}
      onChange={(e) => props.onChange(e.target.value.replace(/\D/g, ''))}
      onKeyDown={(e) => {
        if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
        e.preventDefault();
        const next = stepPart(props.value, e.key === 'ArrowUp' ? 1 : -1, props.range);
        props.onChange(props.pad ? String(next).padStart(props.digits, '0') : String(next));
      }}
    />
  );
}

/** The month part: a list of the twelve months as the format locale names them. */
export function MonthPart(
  props: PartCommon & { value: string; onChange: (month: string) => void },
) {
  const names = monthNames(formatLocale());
  return (
    <select
      className="input part-month"
      aria-label={t('field.month')}
      value={props.value}
      aria-invalid={props.invalid || undefined}
      aria-describedby={props.invalid ? props.messageId : undefined}
      data-testid={props.testId && `${props.testId}-month`}
      onChange={(e) => props.onChange(e.target.value)}
    >
      {props.value === '' && <option value="">{t('field.chooseMonth')}</option>}
      {names.map((name, i) => (
        <option key={name} value={String(i + 1)}>
          {name}
        </option>
      ))}
    </select>
  );
}

/** The year part: four digits; the arrow keys start from this year. */
export function YearPart(props: PartCommon & { value: string; onChange: (year: string) => void }) {
  return (
    <NumberPart
      {...props}
      part="year"
      label={t('field.year')}
      placeholder={t('field.yearShort')}
      digits={4}
      range={{ min: 1000, max: 9999, start: new Date().getFullYear() }}
    />
  );
}
