/** The Saved / Discard / Save row under every settings form that is saved with a button. */
import { t } from '../i18n/t';

/** See the module comment; `draft` is whether something typed is not saved yet. */
export function FormActions({
  saved,
  draft,
  onDiscard,
  testId,
}: {
  saved: boolean;
  draft: boolean;
  onDiscard: () => void;
  testId: string;
}) {
  return (
    <div className="form-actions">
      {saved && <span className="muted">{t('settings.saved')}</span>}
      {draft && (
        <button type="button" className="button" onClick={onDiscard}>
          {t('settings.discard')}
        </button>
      )}
      <button type="submit" className="button primary" disabled={!draft} data-testid={testId}>
        {t('settings.save')}
      </button>
    </div>
  );
}
