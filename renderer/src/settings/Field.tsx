/** Settings building blocks: a labelled row, and a segmented single choice. */
import type { ReactNode } from 'react';

/** One settings row: label and hint on the left, the control on the right. */
export function Field({
  label,
  hint,
  htmlFor,
  children,
  message,
}: {
  label: string;
  hint?: ReactNode;
  htmlFor?: string;
  children: ReactNode;
  message?: string | null;
}) {
  return (
    <div className="field">
      <div className="field-text">
        {htmlFor ? (
          <label className="field-label" htmlFor={htmlFor}>
            {label}
          </label>
        ) : (
          <span className="field-label">{label}</span>
        )}
        {hint && <div className="field-hint">{hint}</div>}
      </div>
      <div className="field-control">
        {children}
        {message && (
          <div className="field-message" role="alert">
            {message}
          </div>
        )}
      </div>
    </div>
  );
}

/** A segmented control for a handful of options. */
export function Choice<T extends string>({
  name,
  options,
  value,
  onChange,
}: {
  name: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <div className="segmented" role="radiogroup" aria-label={name}>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          aria-checked={o.value === value}
          aria-selected={o.value === value}
          data-testid={`setting-${name}-${o.value}`}
          onClick={() => onChange(o.value)}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

/** The end of a typed-in form: "Saved.", Discard while edited, and Save (enabled once edited). */
export function FormActions({
  saved,
  dirty,
  onDiscard,
  saveTestId,
}: {
  saved: boolean;
  dirty: boolean;
  onDiscard: () => void;
  saveTestId: string;
}) {
  return (
    <div className="form-actions">
      {saved && <span className="muted">Saved.</span>}
      {dirty && (
        <button type="button" className="button" onClick={onDiscard}>
          Discard
        </button>
      )}
      <button type="submit" className="button primary" disabled={!dirty} data-testid={saveTestId}>
        Save
      </button>
    </div>
  );
}
