/** The app: state providers, then either kiosk mode or the shell with the routed page. */
import { AlertsPage } from './alerts/AlertsPage';
import { hasBridge, BridgeMissingError } from './api';
import { ErrorNotice } from './common/ErrorNotice';
import { I18nProvider } from './i18n/I18nProvider';
import { t } from './i18n/t';
import { ConnectionsPage } from './connections/ConnectionsPage';
import { useEvent } from './hooks/useEvent';
import { useHashRoute } from './hooks/useHashRoute';
import { usePageFocus } from './hooks/usePageFocus';
import { KioskView } from './kiosk/KioskView';
import { NotFoundPage } from './shell/NotFoundPage';
import { Banners } from './shell/Banners';
import { Sidebar } from './shell/Sidebar';
import { SkipLink } from './shell/SkipLink';
import { PortfolioPage } from './portfolio/PortfolioPage';
import { ReportPrintPage } from './reports/ReportPrintPage';
import { ReportsPage } from './reports/ReportsPage';
import { SettingsPage } from './settings/SettingsPage';
import { SitePage } from './site/SitePage';
import { AppStateProvider } from './state/AppStateProvider';
import { useAppState } from './state/appContext';
import { PortfolioProvider } from './state/PortfolioProvider';
import { SiteTagsProvider } from './tags/SiteTagsProvider';

function RoutedPage() {
  const route = useHashRoute();
  // A notification or the tray menu asks for a page.
  useEvent('navigate', ({ hash }) => {
    window.location.hash = hash;
  });
  usePageFocus(route.page === 'site' ? `site:${route.siteId}` : route.page, 'main');
  let page;
  switch (route.page) {
    case 'portfolio':
      page = <PortfolioPage />;
      break;
    case 'site':
      page = <SitePage key={route.siteId} route={route} />;
      break;
    case 'settings':
      page = <SettingsPage />;
      break;
    case 'connections':
      page = <ConnectionsPage />;
      break;
    case 'reports':
      page = <ReportsPage />;
      break;
    case 'report':
      // Root shows the print layout on its own; the shell never renders this route.
      page = null;
      break;
    case 'alerts':
      page = <AlertsPage />;
      break;
    case 'not-found':
      page = <NotFoundPage asked={{ kind: 'page', address: route.hash }} />;
      break;
  }
  return (
    <div className="shell">
      <SkipLink targetId="main" />
      <Sidebar route={route} />
      <main className="main" id="main" tabIndex={-1}>
        <Banners />
        <div className="content">{page}</div>
      </main>
    </div>
  );
}

function Root() {
  const { info, startupError } = useAppState();
  const route = useHashRoute();
  // The print layout stands alone (no sidebar, no banners), in kiosk mode too.
  if (route.page === 'report') return <ReportPrintPage scope={route.scope} period={route.period} />;
  if (startupError) {
    return (
      <div className="content">
        <ErrorNotice error={startupError} title={t('app.startFailed')} />
      </div>
    );
  }
  // Wait for app.info so kiosk mode never flashes the normal shell first.
  if (!info) return null;
  // Tags are only the shell's (the print window and the kiosk neither show nor edit them).
  return info.kiosk ? (
    <KioskView />
  ) : (
    <SiteTagsProvider>
      <RoutedPage />
    </SiteTagsProvider>
  );
}

/** The whole renderer. */
export function App() {
  if (!hasBridge()) {
    return (
      <div className="content">
        <ErrorNotice
          error={{ code: 'unavailable', message: new BridgeMissingError().message }}
          title={t('app.noBridge')}
        />
      </div>
    );
  }
  return (
    <AppStateProvider>
      <PortfolioProvider>
        <I18nProvider>
          <Root />
        </I18nProvider>
      </PortfolioProvider>
    </AppStateProvider>
  );
}
