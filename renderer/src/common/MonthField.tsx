/**
 * A month typed as month and year in the order of the app's format locale, the months named in
 * it. Exchanges `YYYY-MM` with the page ('' while unfinished, as the native month input did).
 */
import { monthOrder, parseMonth, splitIso, type DateDraft } from '../model/dateFields';
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

/** A month field; `label` names the group ("Period"). */
export function MonthField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  const [draft, setDraft] = useDraft(props.value, splitIso);
  const messageId = useMessageId();
  const parsed = parseMonth(draft);
  const problem = parsed.ok ? null : parsed.problem;
  const change = (patch: Partial<DateDraft>) => {
    const next = { ...draft, ...patch };
    const result = parseMonth(next);
    const out = result.ok ? result.value : '';
    setDraft(next, out);
    if (out !== props.value) props.onChange(out);
  };
  const common = (part: string) => ({
    testId: props.testId,
    messageId,
    invalid: problem?.kind === part,
  });
  return (
    <FieldGroup
      label={props.label}
      testId={props.testId}
      message={problemText(problem)}
      messageId={messageId}
    >
      {monthOrder(formatLocale()).map((part) =>
        part === 'month' ? (
          <MonthPart
            key={part}
            {...common(part)}
            value={draft.month}
            onChange={(month) => change({ month })}
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
            range={{ min: 1000, max: 9999, start: new Date().getFullYear() }}
            onChange={(year) => change({ year })}
          />
        ),
      )}
    </FieldGroup>
  );
}
