/**
 * The monthly-report setting (on or off, the folder, the last month written), kept in the
 * settings store under its own key. The folder only ever comes from main's folder dialog.
 */
import { monthlyReportSettingsSchema, type MonthlyReportSettings } from '../../shared/report';
import { InvalidRequestError, UnavailableError } from '../errors';
import type { KeyValueStore, Logger, SaveFilePort } from '../ports';

const storeKey = 'monthlyReport';
const off: MonthlyReportSettings = { enabled: false, folder: null, lastWritten: null };

/** Reads and writes the monthly-report setting. */
export class MonthlyReportSettingsStore {
  constructor(
    private readonly store: KeyValueStore,
    private readonly log: Logger,
    private readonly saveFile: SaveFilePort | undefined,
  ) {}

  /** The setting; a damaged value reads as "off". */
  get(): MonthlyReportSettings {
    const stored = this.store.get<unknown>(storeKey);
    if (stored === undefined) return { ...off };
    const parsed = monthlyReportSettingsSchema.safeParse(stored);
    if (parsed.success) return parsed.data;
    this.log.warn('stored monthly-report setting was invalid; it is off');
    return { ...off };
  }

  /** Turns it on (a folder must have been chosen) or off. */
  setEnabled(enabled: boolean): MonthlyReportSettings {
    const current = this.get();
    if (enabled && current.folder === null) {
      throw new InvalidRequestError({ key: 'error.reports.noFolder' });
    }
    return this.save({ ...current, enabled });
  }

  /** Asks for a folder with the OS dialog; a cancelled dialog changes nothing. */
  async chooseFolder(): Promise<MonthlyReportSettings> {
    if (!this.saveFile) throw new UnavailableError({ key: 'error.reports.noFolderPicker' });
    const folder = await this.saveFile.chooseFolder();
    return folder === null ? this.get() : this.save({ ...this.get(), folder });
  }

  /** Records the month just written. */
  markWritten(month: string): void {
    this.save({ ...this.get(), lastWritten: month });
  }

  private save(next: MonthlyReportSettings): MonthlyReportSettings {
    this.store.set(storeKey, next);
    return next;
  }
}
