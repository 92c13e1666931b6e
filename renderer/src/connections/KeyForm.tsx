/**
 * Paste a provider's API key and send it once; the field forgets it as soon as it is sent. Used
 * by a key provider's connect card and by a key account's Reconnect.
 */
import { t } from '../i18n/t';
import { useState } from 'react';

/** The form. `testId` names the button; the field is `${testId}-input`. */
export function KeyForm({
  inputId,
  label,
  submitLabel,
  testId,
  disabled,
  onSubmit,
  onCancel,
}: {
  inputId: string;
  label: string;
  submitLabel: string;
  testId: string;
  disabled: boolean;
  onSubmit: (key: string) => void;
  onCancel?: () => void;
}) {
  const [key, setKey] = useState('');
  return (
    <form
      className="connect-actions connect-key"
      onSubmit={(event) => {
        event.preventDefault();
        if (key.trim() === '') return;
        onSubmit(key);
        setKey('');
      }}
    >
      <label htmlFor={inputId} className="connect-key-label">
        {label}
      </label>
      <input
        id={inputId}
        className="input connect-key-input"
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={key}
        disabled={disabled}
        data-testid={`${testId}-input`}
        onChange={(event) => setKey(event.target.value)}
      />
      <button
        type="submit"
        className="button primary"
        data-testid={testId}
        disabled={disabled || key.trim() === ''}
      >
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button" onClick={onCancel}>
          {t('conn.cancelKey')}
        </button>
      )}
    </form>
  );
}
