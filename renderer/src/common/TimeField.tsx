/**
 * A time of day typed as hour and minute, on a 12- or 24-hour clock as the app's format locale
 * reads it (with its own AM/PM words); Chromium's time input follows the OS instead. Exchanges
 * `HH:MM` (24-hour) with the page and reports only whole, valid times; leaving the field
 * unfinished puts the last good time back.
 */
import {
  clockOf,
  parseTime,
  splitTime,
  timeOrder,
  timeSeparator,
  type TimeDraft,
} from '../model/dateFields';
import { formatLocale } from '../../../shared/format';
import { FieldGroup, NumberPart, problemText, useDraft, useMessageId } from './FieldParts';
import { t } from '../i18n/t';

/** A time field; `label` names the group ("Quiet from"). */
export function TimeField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  testId?: string;
}) {
  const locale = formatLocale();
  const clock = clockOf(locale);
  const [draft, setDraft] = useDraft(props.value, (value) => splitTime(value, clock.hour12));
  const messageId = useMessageId();
  const parsed = parseTime(draft, clock.hour12);
  const problem = parsed.ok ? null : parsed.problem;
  const change = (patch: Partial<TimeDraft>) => {
    const next = { ...draft, ...patch };
    const result = parseTime(next, clock.hour12);
    setDraft(next, result.ok ? result.value : null);
    if (result.ok && result.value !== props.value) props.onChange(result.value);
  };
  const common = (part: string) => ({
    testId: props.testId,
    messageId,
    invalid: problem?.kind === part,
  });
  const order = timeOrder(locale);
  return (
    <FieldGroup
      label={props.label}
      testId={props.testId}
      message={problemText(problem)}
      messageId={messageId}
      className="time-field"
      onLeave={() => {
        if (problem?.kind === 'incomplete') setDraft(splitTime(props.value, clock.hour12), null);
      }}
    >
      {order.map((part) =>
        part === 'period' ? (
          <select
            key={part}
            className="input part-period"
            aria-label={t('field.period')}
            value={draft.period}
            data-testid={props.testId && `${props.testId}-period`}
            onChange={(e) => change({ period: e.target.value === 'pm' ? 'pm' : 'am' })}
          >
            <option value="am">{clock.am}</option>
            <option value="pm">{clock.pm}</option>
          </select>
        ) : part === 'hour' ? (
          <NumberPart
            key={part}
            {...common(part)}
            part="hour"
            label={t('field.hour')}
            placeholder={t('field.hourShort')}
            value={draft.hour}
            digits={2}
            pad={!clock.hour12}
            range={clock.hour12 ? { min: 1, max: 12, start: 12 } : { min: 0, max: 23, start: 0 }}
            onChange={(hour) => change({ hour })}
          />
        ) : (
          <span key={part} className="date-part">
            {order.indexOf('hour') === order.indexOf('minute') - 1 && (
              <span aria-hidden="true">{timeSeparator(locale)}</span>
            )}
            <NumberPart
              {...common(part)}
              part="minute"
              label={t('field.minute')}
              placeholder={t('field.minuteShort')}
              value={draft.minute}
              digits={2}
              pad
              range={{ min: 0, max: 59, start: 0 }}
              onChange={(minute) => change({ minute })}
            />
          </span>
        ),
      )}
    </FieldGroup>
  );
}
