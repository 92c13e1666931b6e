/**
 * Turns alerts that began into desktop notifications: one per site and condition when it
 * starts (the alert store already keeps one alert per condition), held during quiet hours,
 * or gathered into one daily digest when the user prefers that. A click opens the site.
 */
import { RULE_LABEL, type Alert } from '../../shared/alerts';
import type { Settings } from '../../shared/domain';
import type { Clock, NotifierPort } from '../ports';
import { digestDue, isQuiet } from './quiet-hours';

/** What the notifications need. */
export interface AlertNotificationsOptions {
  notifier: NotifierPort;
  clock: Clock;
  settings(): Settings;
  /** The computer's IANA time zone (quiet hours are the user's, not the site's). */
  zone: string;
  /** Opens a site's page (or the Alerts page for null) and brings the window forward. */
  open(siteId: string | null): void;
}

/** See the module comment. */
export class AlertNotifications {
  private held: Alert[] = [];
  private lastDigest: string | null = null;

  constructor(private readonly options: AlertNotificationsOptions) {}

  /** Alerts that just began. */
  raised(alerts: readonly Alert[]): void {
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
    const lost = held.reduce((sum, a) => sum + a.lostKwh, 0);
    this.options.notifier.notify(
      {
        title: `${held.length} new alerts`,
        body: `${[...new Set(held.map((a) => RULE_LABEL[a.rule]))].join(', ')}${lost > 0 ? ` · ${lost.toFixed(1)} kWh lost so far` : ''}`,
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

  private send(alert: Alert): void {
    this.options.notifier.notify({ title: RULE_LABEL[alert.rule], body: alert.summary }, () =>
      this.options.open(alert.siteId),
    );
  }
}
