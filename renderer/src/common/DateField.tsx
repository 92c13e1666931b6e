/**
 * A date typed as day, month and year in the order of the app's format locale, with the months
 * named in it; Chromium's own date input follows the OS instead. Exchanges `YYYY-MM-DD` with the
 * page ('' while unfinished or impossible, as the native input did).
 */
import { dateOrder, parseDate, splitIso, type DateDraft } from '../model/dateFields';
import { formatLocale } from '../../../shared/format';
import {
  FieldGroup,
  MonthPart,
  NumberPart,
  problemText,
  useDraft,
  useMessageId,
} from './FieldParts';
import { t } from '../i18n/t';

/** A date field; `label` names the group ("First day"), each part has its own name too. */
export function DateField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  const [draft, setDraft] = useDraft(props.value, splitIso);
  const messageId = useMessageId();
  const parsed = parseDate(draft);
  const problem = parsed.ok ? null : parsed.problem;
  const wrong = problem?.kind === 'noSuchDay' ? 'day' : problem?.kind;
  const change = (patch: Partial<DateDraft>) => {
    const next = { ...draft, ...patch };
    const result = parseDate(next);
    const out = result.ok ? result.value : '';
    setDraft(next, out);
    if (out !== props.value) props.onChange(out);
  };
  const common = (part: string) => ({ testId: props.testId, messageId, invalid: wrong === part });
  const year = new Date().getFullYear();
  return (
    <FieldGroup
      label={props.label}
      testId={props.testId}
      message={problemText(problem)}
      messageId={messageId}
    >
      {dateOrder(formatLocale()).map((part) =>
        part === 'month' ? (
          <MonthPart
            key={part}
            {...common(part)}
            value={draft.month}
            onChange={(month) => change({ month })}
          />
        ) : part === 'day' ? (
          <NumberPart
            key={part}
            {...common(part)}
            part="day"
            label={t('field.day')}
            placeholder={t('field.dayShort')}
            value={draft.day}
            digits={2}
            range={{ min: 1, max: 31, start: 1 }}
            onChange={(day) => change({ day })}
          />
        ) : (
          <NumberPart
            key={part}
            {...common(part)}
            part="year"
            label={t('field.year')}
            placeholder={t('field.yearShort')}
            value={draft.year}
            digits={4}
            range={{ min: 1000, max: 9999, start: year }}
            onChange={(text) => change({ year: text })}
          />
        ),
      )}
    </FieldGroup>
  );
}
