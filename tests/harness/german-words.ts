/** Main's Words in German with German number formats, for tests of sentences main writes. */
import { createWords, type Words } from '../../electron/i18n/words';

/** German words, as a person with German chosen in Settings gets them. */
export const germanWords: Words = createWords(() => ({ language: 'de', formats: 'de-DE' }));
