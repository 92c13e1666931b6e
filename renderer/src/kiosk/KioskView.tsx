/**
 * Kiosk mode (trade shows, lobby screens): large type, no interactive chrome, cycling through
 * the portfolio and then every site in daylight every `settings.kioskSeconds`. The demo label
 * stays visible.
 */
import { useEffect, useState } from 'react';
import { Icon } from '../common/Icon';
import { useAppState } from '../state/appContext';
import { kioskSlides } from '../model/night';
import { usePortfolio } from '../state/portfolioContext';
import { KioskPortfolio } from './KioskPortfolio';
import { KioskSite } from './KioskSite';
import { t } from '../i18n/t';

/** The kiosk screen. */
export function KioskView() {
  const { info, settings } = useAppState();
  const portfolio = usePortfolio().lastValue;
  const seconds = settings?.kioskSeconds ?? 20;
  // Sites in their night are summarised on the fleet slide, not given a slide of zeros.
  const slides = portfolio ? kioskSlides(portfolio.rows) : ['portfolio'];
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setTick((t) => t + 1), seconds * 1000);
    return () => clearInterval(timer);
  }, [seconds]);

  // The slide count can change when sites are added; wrap instead of resetting the cycle.
  const index = tick % slides.length;
  const slide = slides[index] ?? 'portfolio';
  return (
    <div className="kiosk" data-testid="kiosk" data-slide={slide}>
      <header className="kiosk-header">
        <div className="kiosk-brand">
          <Icon name="sun" size={30} className="icon brand-mark" />
          Enalysis
        </div>
        {info?.mode === 'demo' && (
          <div className="kiosk-demo" data-testid="demo-label">
            <span className="demo-badge">{t('nav.demoBadge')}</span>
            {t('kiosk.demo')}
          </div>
        )}
      </header>
      <main className="kiosk-body">
        {slide === 'portfolio' ? (
          <KioskPortfolio portfolio={portfolio} />
        ) : (
          <KioskSite key={slide} siteId={slide} />
        )}
      </main>
      <footer className="kiosk-progress" aria-hidden="true">
        {slides.map((id, i) => (
          <span key={id} className={i === index ? 'active' : undefined} />
        ))}
      </footer>
    </div>
  );
}
