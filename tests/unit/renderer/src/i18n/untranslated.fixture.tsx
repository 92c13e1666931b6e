// Sample input for untranslated.test.ts: three kinds of untranslated text, and allowed ones.
declare const t: (key: string) => string;
declare const on: boolean;
export const sample = (
  <div>
    Hello there
    <button aria-label="Close the dialog">×</button>
    <span>{on ? 'Shown' : 'Hidden'}</span>
    <input placeholder="Type a name" />
    <span title={t('key')}>kWh</span>
    <span>{t('other')} · 42</span>
  </div>
);
