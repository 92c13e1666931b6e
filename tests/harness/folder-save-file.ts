/**
 * The harness twin of the save dialog: every file goes into one folder under the name main
 * suggested, and the test can read what was written. `cancelNext()` plays a person pressing Cancel.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { safeFileName } from '../../electron/reports/file-names';
import type { SavedFileKind, SaveFilePort } from '../../electron/ports';

/** Saves into `folder`. */
export class FolderSaveFile implements SaveFilePort {
  /** Full paths written, oldest first. */
  readonly written: string[] = [];
  private cancel = false;

  constructor(readonly folder: string) {
    mkdirSync(folder, { recursive: true });
  }

  /** The next save behaves as if the person cancelled the dialog. */
  cancelNext(): void {
    this.cancel = true;
  }

  async save(
    suggestedName: string,
    _kind: SavedFileKind,
    bytes: Uint8Array,
  ): Promise<string | null> {
    if (this.cancel) {
      this.cancel = false;
      return null;
    }
    const name = safeFileName(suggestedName);
    await this.saveInto(this.folder, name, bytes);
    return name;
  }

  async saveInto(folder: string, fileName: string, bytes: Uint8Array): Promise<string> {
    const target = join(folder, safeFileName(fileName));
    await writeFile(target, bytes);
    this.written.push(target);
    return target;
  }

  async chooseFolder(): Promise<string | null> {
    return this.folder;
  }
}
