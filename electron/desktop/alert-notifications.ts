/**
 * Turns alerts that began into desktop notifications: one per site and condition when it
 * starts (the alert store already keeps one alert per condition), held during quiet hours,
 * or gathered into one daily digest when the user prefers that. A click opens the site.
 */
import type { AlertRule } from '../../shared/alerts';
import type { Settings } from '../../shared/domain';
import type { StoredAlert } from '../cache/alerts';
import { sayStored } from '../i18n/stored-text';
import type { Words } from '../i18n/words';
import type { Clock, NotifierPort } from '../ports';
import { digestDue, isQuiet } from './quiet-hours';

/** What the notifications need. */
export interface AlertNotificationsOptions {
  notifier: NotifierPort;
  clock: Clock;
  settings(): Settings;
  /** The computer's IANA time zone (quiet hours are the user's, not the site's). */
  zone: string;
  /** Main's sentences in the user's language at the moment a notification is sent. */
  words: Words;
  /** Opens a site's page (or the Alerts page for null) and brings the window forward. */
  open(siteId: string | null): void;
}

/** Energy with one decimal ("4.0", "4,0"), in the format locale in force. */
function oneDecimal(words: Words, kwh: number): string {
  const digits = { minimumFractionDigits: 1, maximumFractionDigits: 1 };
  return new Intl.NumberFormat(words.locale().formats, digits).format(kwh);
}

/** See the module comment. */
export class AlertNotifications {
  private held: StoredAlert[] = [];
  private lastDigest: string | null = null;

  constructor(private readonly options: AlertNotificationsOptions) {}

  /** Alerts that just began. */
  raised(alerts: readonly StoredAlert[]): void {
    const settings = this.options.settings();
    if (!settings.notifyAlerts) return;
    const ongoing = alerts.filter((a) => a.endAt === null);
    if (settings.dailyDigest || this.quiet(settings)) {
      this.held.push(...ongoing);
      return;
    }
    for (const alert of ongoing) this.send(alert);
  }

  /** Sends what waited, once quiet hours are over (or the digest is due); call every minute. */
  flush(): void {
    const settings = this.options.settings();
    if (this.held.length === 0 || !settings.notifyAlerts || this.quiet(settings)) return;
    if (settings.dailyDigest) {
      const due = digestDue(this.options.clock.now(), this.options.zone, settings.quietTo);
      if (due === null || due === this.lastDigest) return;
      this.lastDigest = due;
    }
    const held = this.held;
    this.held = [];
    if (held.length === 1) return this.send(held[0]!);
    const { words } = this.options;
    const lost = held.reduce((sum, a) => sum + a.lostKwh, 0);
    const rules = [...new Set(held.map((a) => this.label(a.rule)))].join(', ');
    this.options.notifier.notify(
      {
        title: words.t('desktop.digest.title', { count: held.length }),
        body:
          lost > 0
            ? words.t('desktop.digest.lost', { rules, kwh: oneDecimal(words, lost) })
            : rules,
      },
      () => this.options.open(null),
    );
  }

  private quiet(settings: Settings): boolean {
    return isQuiet(
      this.options.clock.now(),
      this.options.zone,
      settings.quietFrom,
      settings.quietTo,
    );
  }

  private send(alert: StoredAlert): void {
    const body = sayStored(this.options.words, alert.summary);
    this.options.notifier.notify({ title: this.label(alert.rule), body }, () =>
      this.options.open(alert.siteId),
    );
  }

  private label(rule: AlertRule): string {
    return this.options.words.t(`desktop.rule.${rule}`);
  }
}
