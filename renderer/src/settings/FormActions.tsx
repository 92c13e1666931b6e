/** The Saved / Discard / Save row under every settings form that is saved with a button. */

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
      {saved && <span className="muted">Saved.</span>}
      {draft && (
        <button type="button" className="button" onClick={onDiscard}>
          Discard
        </button>
      )}
      <button type="submit" className="button primary" disabled={!draft} data-testid={testId}>
        Save
      </button>
    </div>
  );
}
