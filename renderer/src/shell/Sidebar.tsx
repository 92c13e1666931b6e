/** Left navigation: brand (with the DEMO badge), Portfolio, Connections, Alerts (with a badge), Settings, the site list (SidebarSites), sync status. */
import type { Route } from '../model/route';
import { useFleetAlerts } from '../alerts/useFleetAlerts';
import { Icon } from '../common/Icon';
import { t } from '../i18n/t';
import { useAppState } from '../state/appContext';
import { usePortfolio } from '../state/portfolioContext';
import { SidebarSites } from './SidebarSites';
import { StatusArea } from './StatusArea';

/** The sidebar; `route` marks the current page. */
export function Sidebar({ route }: { route: Route }) {
  const { info } = useAppState();
  const portfolio = usePortfolio().lastValue;
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
          {portfolio && <SidebarSites rows={portfolio.rows} route={route} />}
        </div>
        <StatusArea />
      </div>
    </aside>
  );
}
