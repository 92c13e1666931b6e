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
  TAGS_PER_SITE_MAX,
  type TagProblem,
} from '../../../shared/tags';
import { ErrorNotice } from '../common/ErrorNotice';
import { knownTags } from '../model/portfolioFilter';
import { useSiteTags } from './tagsContext';
import { t } from '../i18n/t';

function problemText(problem: TagProblem): string {
  return problem.kind === 'tooLong'
    ? t('fleet.tagTooLong', { tag: problem.tag.slice(0, 20), max: TAG_MAX_LENGTH })
    : t('fleet.tooManyTags', { max: TAGS_PER_SITE_MAX });
}

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
        <h2 id="tag-dialog-title">{t('fleet.tagDialogTitle', { name: siteName })}</h2>
        <p className="dialog-text" id="tag-dialog-help">
          {t('fleet.tagDialogHelp', { max: TAG_MAX_LENGTH })}
        </p>
        {error && <ErrorNotice error={error} title={t('fleet.notSaved')} />}
        <label className="field-label" htmlFor="tag-input">
          {t('fleet.tagsLabel')}
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
            {problemText(problem)}
          </p>
        )}
        {suggestions.length > 0 && (
          <div className="tag-suggestions">
            <span className="hint">{t('fleet.tagSuggestions')}</span>
            {suggestions.slice(0, 12).map((tag) => (
              <button
                key={tag}
                type="button"
                className="tag-chip tag-chip-button"
                data-testid="tag-suggestion"
                onClick={() => setText(normalizeTags([...typed, tag]).join(', '))}
              >
                {t('fleet.tagSuggestion', { tag })}
              </button>
            ))}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" disabled={pending} onClick={onClose}>
            {t('fleet.cancel')}
          </button>
          <button
            type="submit"
            className="button primary"
            data-testid="tag-save"
            disabled={pending || problem !== null}
          >
            {pending ? t('fleet.saving') : t('fleet.saveTags')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
