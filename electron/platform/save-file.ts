/**
 * The save-file port on Electron: the OS save dialog (or folder picker), then fs. The dialog
 * belongs to the main window, so it opens as a sheet on macOS and cannot hide behind the app.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { SavedFileKind, SaveFilePort } from '../ports';
import { safeFileName } from '../reports/file-names';

const FILTERS: Record<SavedFileKind, { name: string; extensions: string[] }> = {
  csv: { name: 'CSV (comma-separated values)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
};

/** Save dialogs parented to the app window. */
export class ElectronSaveFile implements SaveFilePort {
  constructor(private readonly parent: () => BrowserWindow | null) {}

  async save(
    suggestedName: string,
    kind: SavedFileKind,
    bytes: Uint8Array,
  ): Promise<string | null> {
    const options = {
      title: 'Save',
      defaultPath: path.join(app.getPath('documents'), safeFileName(suggestedName)),
      filters: [FILTERS[kind]],
      properties: ['createDirectory', 'showOverwriteConfirmation'] as const,
    };
    const window = this.parent();
    const result = window
      ? await dialog.showSaveDialog(window, { ...options, properties: [...options.properties] })
      : await dialog.showSaveDialog({ ...options, properties: [...options.properties] });
    if (result.canceled || !result.filePath) return null;
    await writeFile(result.filePath, bytes);
    return path.basename(result.filePath);
  }

  async saveInto(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
    const target = path.join(folder, safeFileName(fileName));
    await writeFile(target, bytes);
    return target;
  }

  async chooseFolder(): Promise<string | null> {
    const options = {
      title: 'Folder for monthly reports',
      properties: ['openDirectory', 'createDirectory'] as ('openDirectory' | 'createDirectory')[],
    };
    const window = this.parent();
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  }
}
