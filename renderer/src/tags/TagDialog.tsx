/**
 * Editing one site's tags in a modal dialog: a comma-separated field, the fleet's tags one
 * click away (so "North campus" is not typed three ways), and main's answer when it refuses.
 */
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { IpcError } from '../../../shared/contract';
import {
  normalizeTags,
  parseTagInput,
  tagKey,
  tagProblem,
  TAG_MAX_LENGTH,
} from '../../../shared/tags';
import { ErrorNotice } from '../common/ErrorNotice';
import { knownTags } from '../model/portfolioFilter';
import { useSiteTags } from './tagsContext';

/** The dialog for the site `siteId` (named `siteName`); `onClose` runs after save or cancel. */
export function TagDialog({
  siteId,
  siteName,
  onClose,
}: {
  siteId: string;
  siteName: string;
  onClose: () => void;
}) {
  const { bySite, save } = useSiteTags();
  const dialog = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState(() => (bySite.get(siteId) ?? []).join(', '));
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<IpcError | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
    return () => element?.close();
  }, []);

  const typed = parseTagInput(text);
  const typedKeys = new Set(typed.map(tagKey));
  const suggestions = knownTags(bySite).filter((tag) => !typedKeys.has(tagKey(tag)));
  const problem = tagProblem(typed);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (problem !== null || pending) return;
    setPending(true);
    setError(null);
    const failure = await save(siteId, typed);
    setPending(false);
    if (failure) setError(failure);
    else onClose();
  };

  return (
    <dialog
      ref={dialog}
      className="dialog tag-dialog"
      data-testid="tag-dialog"
      aria-labelledby="tag-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onClose();
      }}
    >
      <form onSubmit={(event) => void submit(event)}>
        <h2 id="tag-dialog-title">Tags of {siteName}</h2>
        <p className="dialog-text" id="tag-dialog-help">
          Labels such as “North campus” group sites in the portfolio. Separate tags with commas; at
          most {TAG_MAX_LENGTH} characters each.
        </p>
        {error && <ErrorNotice error={error} title="The tags were not saved" />}
        <label className="field-label" htmlFor="tag-input">
          Tags
        </label>
        <input
          id="tag-input"
          className="text-input"
          data-testid="tag-input"
          value={text}
          autoFocus
          aria-describedby="tag-dialog-help"
          aria-invalid={problem !== null || undefined}
          onChange={(event) => setText(event.target.value)}
        />
        {problem && (
          <p className="field-error" role="alert" data-testid="tag-problem">
            {problem}
          </p>
        )}
        {suggestions.length > 0 && (
          <div className="tag-suggestions">
            <span className="hint">Add a tag in use:</span>
            {suggestions.slice(0, 12).map((tag) => (
              <button
                key={tag}
                type="button"
                className="tag-chip tag-chip-button"
                data-testid="tag-suggestion"
                onClick={() => setText(normalizeTags([...typed, tag]).join(', '))}
              >
                + {tag}
              </button>
            ))}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" disabled={pending} onClick={onClose}>
            Cancel
          </button>
          <button
            type="submit"
            className="button primary"
            data-testid="tag-save"
            disabled={pending || problem !== null}
          >
            {pending ? 'Saving…' : 'Save tags'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
