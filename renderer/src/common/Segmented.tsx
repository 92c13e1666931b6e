/**
 * One choice out of a handful, shown as a segmented control and announced as a radio group:
 * only the chosen option is in the Tab order (roving tabindex), arrow keys and Home/End choose
 * and focus the neighbour, as the WAI-ARIA radio group pattern asks.
 */
import { useRef, type KeyboardEvent } from 'react';
import { rovingTarget } from '../model/roving';

/** A segmented single choice; `label` is what a screen reader announces for the group. */
export function Segmented<T extends string>({
  label,
  options,
  value,
  onChange,
  testId,
}: {
  label: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
  testId?: (value: T) => string;
}) {
  const group = useRef<HTMLDivElement>(null);
  const chosen = options.findIndex((o) => o.value === value);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const target = rovingTarget(event.key, index, options.length);
    if (target === null) return;
    event.preventDefault();
    const option = options[target]!;
    if (option.value !== value) onChange(option.value);
    group.current?.querySelectorAll<HTMLButtonElement>('[role="radio"]')[target]?.focus();
  };
  return (
    <div className="segmented" role="radiogroup" aria-label={label} ref={group}>
      {options.map((o, index) => {
        const checked = o.value === value;
        return (
          <button
            key={o.value}
            type="button"
            role="radio"
            aria-checked={checked}
            // With nothing chosen the first option takes the Tab stop, so the group stays reachable.
            tabIndex={checked || (chosen < 0 && index === 0) ? 0 : -1}
            data-testid={testId?.(o.value)}
            onClick={() => onChange(o.value)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {o.label}
          </button>
        );
      })}
    </div>
  );
}
