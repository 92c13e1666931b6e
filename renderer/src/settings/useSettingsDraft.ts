/**
 * The edit-check-save cycle every settings form shares: what was typed (null: untouched, so the
 * fields follow the stored settings), whether a save was tried (problems show from then on), and
 * whether the last save went through (FormActions says "Saved").
 */
import { useState, type FormEvent } from 'react';
import type { IpcResult } from '../../../shared/contract';
import type { Settings } from '../../../shared/domain';

/** Saves a settings patch; main's answer tells whether it was taken. */
export type SaveSettings = (patch: Partial<Settings>) => Promise<IpcResult<Settings>>;

/** A form's draft and the submit that checks it; `patch` null means the draft has a problem. */
export function useSettingsDraft<Draft>(save: SaveSettings) {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [submitted, setSubmitted] = useState(false);
  const [saved, setSaved] = useState(false);
  return {
    draft,
    submitted,
    saved,
    edit(value: Draft) {
      setDraft(value);
      setSaved(false);
    },
    discard: () => setDraft(null),
    async submit(event: FormEvent, patch: Partial<Settings> | null) {
      event.preventDefault();
      setSubmitted(true);
      if (patch === null) return;
      const result = await save(patch);
      if (result.ok) {
        setDraft(null);
        setSubmitted(false);
        setSaved(true);
      }
    },
  };
}
