import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError, UnavailableError } from '../../../../electron/errors';
import { MonthlyReportSettingsStore } from '../../../../electron/reports/monthly-settings';
import { ConfStore } from '../../../harness/conf-store';
import { FolderSaveFile } from '../../../harness/folder-save-file';
import { MemoryLogger } from '../../../harness/memory-logger';

function setup(withDialog = true) {
  const dir = mkdtempSync(join(tmpdir(), 'monthly-'));
  const store = new ConfStore(dir);
  const dialog = new FolderSaveFile(join(dir, 'reports'));
  return {
    store,
    dialog,
    monthly: new MonthlyReportSettingsStore(
      store,
      new MemoryLogger(),
      withDialog ? dialog : undefined,
    ),
  };
}

describe('MonthlyReportSettingsStore', () => {
  it('starts off, needs a folder from the dialog before it can be turned on', async () => {
    const { monthly, dialog } = setup();
    expect(monthly.get()).toEqual({ enabled: false, folder: null, lastWritten: null });
    expect(() => monthly.setEnabled(true)).toThrow(InvalidRequestError);
    expect(await monthly.chooseFolder()).toMatchObject({ folder: dialog.folder });
    expect(monthly.setEnabled(true)).toEqual({
      enabled: true,
      folder: dialog.folder,
      lastWritten: null,
    });
    monthly.markWritten('2026-10');
    expect(monthly.get().lastWritten).toBe('2026-10');
  });

  it('reads a damaged value as off, and says when there is no dialog', async () => {
    const { monthly, store } = setup(false);
    store.set('monthlyReport', { enabled: 'yes' });
    expect(monthly.get().enabled).toBe(false);
    await expect(monthly.chooseFolder()).rejects.toThrow(UnavailableError);
  });
});
