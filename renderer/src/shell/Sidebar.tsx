/** Left navigation: brand (with the DEMO badge), Portfolio, Connections, Alerts (with a badge), Settings, every site, sync status. */
import type { Route } from '../model/route';
import { siteHref } from '../model/route';
import { useFleetAlerts } from '../alerts/useFleetAlerts';
import { Icon } from '../common/Icon';
import { StatusDot } from '../common/StatusPill';
import { t } from '../i18n/t';
import { useAppState } from '../state/appContext';
import { usePortfolio } from '../state/portfolioContext';
import { StatusArea } from './StatusArea';

/** The sidebar; `route` marks the current page. */
export function Sidebar({ route }: { route: Route }) {
  const { info } = useAppState();
  const portfolio = usePortfolio().lastValue;
  const rows = portfolio
    ? [...portfolio.rows].sort((a, b) => a.site.name.localeCompare(b.site.name))
    : [];
  const current = (page: Route['page']) => (route.page === page ? 'page' : undefined);
  const alerts = useFleetAlerts();

  return (
    <aside className="sidebar">
      <div className="sidebar-inner">
        <div className="brand">
          <Icon name="sun" size={22} className="icon brand-mark" />
          <span>Enalysis</span>
          {info?.mode === 'demo' && (
            <span className="demo-badge" title={t('nav.demoBadgeTitle')}>
              {t('nav.demoBadge')}
            </span>
          )}
        </div>
        <nav className="nav" aria-label={t('nav.main')}>
          <a className="nav-link" href="#/" aria-current={current('portfolio')}>
            <Icon name="grid" />
            {t('nav.portfolio')}
          </a>
          <a
            className="nav-link"
            href="#/connections"
            aria-current={current('connections')}
            data-testid="nav-connections"
          >
            <Icon name="plug" />
            {t('nav.connections')}
          </a>
          <a
            className="nav-link"
            href="#/alerts"
            aria-current={current('alerts')}
            data-testid="nav-alerts"
          >
            <Icon name="alert" />
            {t('nav.alerts')}
            {alerts && alerts.unseen > 0 && (
              <span
                className={`nav-badge nav-badge-${alerts.state}`}
                data-testid="alerts-badge"
                aria-label={t('nav.alertsBadge', { count: alerts.unseen })}
              >
                {alerts.unseen}
              </span>
            )}
          </a>
          <a
            className="nav-link"
            href="#/reports"
            aria-current={current('reports')}
            data-testid="nav-reports"
          >
            <Icon name="report" />
            {t('nav.reports')}
          </a>
          <a className="nav-link" href="#/settings" aria-current={current('settings')}>
            <Icon name="settings" />
            {t('nav.settings')}
          </a>
        </nav>
        <div className="nav-section">
          <div className="nav-heading">
            <span>{t('nav.sites')}</span>
            {portfolio && <span className="num">{portfolio.rows.length}</span>}
          </div>
          <ul className="site-list" aria-label={t('nav.sites')}>
            {rows.map((row) => (
              <li key={row.site.id}>
                <a
                  className="site-link"
                  href={siteHref(row.site.id)}
                  aria-current={
                    route.page === 'site' && route.siteId === row.site.id ? 'page' : undefined
                  }
                >
                  <StatusDot status={row.site.status} />
                  <span>{row.site.name}</span>
                </a>
              </li>
            ))}
          </ul>
        </div>
        <StatusArea />
      </div>
    </aside>
  );
}
