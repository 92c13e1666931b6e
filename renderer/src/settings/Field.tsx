/** Settings building blocks: a labelled row, a segmented single choice, an on/off switch. */
import type { ReactNode } from 'react';
import { Segmented } from '../common/Segmented';
import { t } from '../i18n/t';

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

/** A segmented control for a handful of options; `label` is announced for the group. */
export function Choice<T extends string>({
  name,
  label,
  options,
  value,
  onChange,
}: {
  name: string;
  label: string;
  options: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <Segmented
      label={label}
      options={options}
      value={value}
      onChange={onChange}
      testId={(v) => `setting-${name}-${v}`}
    />
  );
}

/** An on/off switch; `name` gives its id (for the row's label) and test id. */
export function Toggle({
  name,
  checked,
  onChange,
}: {
  name: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  return (
    <label className="switch">
      <input
        id={name}
        type="checkbox"
        role="switch"
        checked={checked}
        data-testid={`setting-${name}`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="switch-track" aria-hidden="true" />
      <span>{checked ? t('settings.on') : t('settings.off')}</span>
    </label>
  );
}
