import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ElectronSaveFile } from '../../../../electron/platform/save-file';
import { BrowserWindow, dialog, electronMock, resetElectronMock } from './electron-mock';

vi.mock('electron', () => import('./electron-mock'));

beforeEach(() => resetElectronMock());

describe('ElectronSaveFile', () => {
  it('asks with a plain suggested name and the kind’s filter, then writes the bytes there', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'save-file-'));
    electronMock.saveDialogPath = join(dir, 'chosen.xlsx');
    const window = new BrowserWindow({});
    const saver = new ElectronSaveFile(() => window as never);
    const name = await saver.save('../../evil/enalysis.xlsx', 'xlsx', new Uint8Array([1, 2, 3]));
    expect(name).toBe('chosen.xlsx');
    expect([...readFileSync(join(dir, 'chosen.xlsx'))]).toEqual([1, 2, 3]);
    const [parent, options] = dialog.showSaveDialog.mock.calls[0] as [
      unknown,
      Record<string, unknown>,
    ];
    expect(parent).toBe(window);
    expect(options.defaultPath).toBe(join('/tmp/enalysis-test-documents', 'enalysis.xlsx'));
    expect(options.filters).toEqual([{ name: 'Excel workbook', extensions: ['xlsx'] }]);
  });

  it('writes nothing and answers null when the person cancels', async () => {
    electronMock.saveDialogPath = null;
    const saver = new ElectronSaveFile(() => null);
    expect(await saver.save('a.csv', 'csv', new Uint8Array([1]))).toBeNull();
    expect(await saver.chooseFolder()).toBeNull();
  });

  it('writes into a chosen folder under a plain file name only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'save-into-'));
    electronMock.saveDialogPath = dir;
    const saver = new ElectronSaveFile(() => null);
    expect(await saver.chooseFolder()).toBe(dir);
    const written = await saver.saveInto(dir, '../report.pdf', new Uint8Array([7]));
    expect(written).toBe(join(dir, 'report.pdf'));
    expect([...readFileSync(written)]).toEqual([7]);
  });
});
