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
  return (
    <FieldGroup {...group}>
      {props.order.map((part) =>
        part === 'month' ? (
          <MonthPart
            key={part}
            {...common(part)}
            value={draft.month}
            onChange={(month) => change({ month })}
          />
        ) : part === 'year' ? (
          <YearPart
            key={part}
            {...common(part)}
            value={draft.year}
            onChange={(year) => change({ year })}
          />
        ) : (
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
        ),
      )}
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
