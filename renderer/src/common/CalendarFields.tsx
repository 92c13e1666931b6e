/**
 * A date (day, month, year) or a month (month, year) typed in the order of the app's format
 * locale, the months named in it; Chromium's own date and month inputs follow the OS instead.
 * They exchange `YYYY-MM-DD` or `YYYY-MM` with the page ('' while unfinished or impossible, as
 * the native inputs did).
 */
import {
  dateOrder,
  monthOrder,
  parseDate,
  parseMonth,
  partMarks,
  type DateDraft,
  type DatePart,
  type Parsed,
} from '../model/dateFields';
import { formatLocale } from '../../../shared/format';
import {
  FieldGroup,
  MonthPart,
  NumberPart,
  YearPart,
  useCalendarDraft,
  type CalendarFieldProps,
} from './FieldParts';
import { t } from '../i18n/t';

function CalendarField(
  props: CalendarFieldProps & { order: DatePart[]; parse: (draft: DateDraft) => Parsed },
) {
  const { draft, change, common, group } = useCalendarDraft(props, props.parse);
  const marks = partMarks(formatLocale(), props.order.includes('day'));
  const input = (part: DatePart) =>
    part === 'month' ? (
      <MonthPart {...common(part)} value={draft.month} onChange={(month) => change({ month })} />
    ) : part === 'year' ? (
      <YearPart {...common(part)} value={draft.year} onChange={(year) => change({ year })} />
    ) : (
      <NumberPart
        {...common(part)}
        part="day"
        label={t('field.day')}
        placeholder={t('field.dayShort')}
        value={draft.day}
        digits={2}
        range={{ min: 1, max: 31, start: 1 }}
        onChange={(day) => change({ day })}
      />
    );
  return (
    <FieldGroup {...group}>
      {props.order.map((part) => (
        <span key={part} className="date-part">
          {input(part)}
          {marks[part] && <span aria-hidden="true">{marks[part]}</span>}
        </span>
      ))}
    </FieldGroup>
  );
}

/** A date field; `label` names the group ("First day"), each part has its own name too. */
export function DateField(props: CalendarFieldProps) {
  return <CalendarField {...props} order={dateOrder(formatLocale())} parse={parseDate} />;
}

/** A month field; `label` names the group ("Period"). */
export function MonthField(props: CalendarFieldProps) {
  return <CalendarField {...props} order={monthOrder(formatLocale())} parse={parseMonth} />;
}
