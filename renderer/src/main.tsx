/** Renderer entry: mounts the app; everything else lives in small modules beside this one. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import './styles/tokens.css';
import './styles/base.css';
import './styles/shell.css';
import './styles/components.css';
import './styles/feedback.css';
import './styles/table.css';
import './styles/pages.css';
import './styles/chart.css';
import './styles/settings.css';
import './styles/connections.css';
import './styles/site-picker.css';
import './styles/dialog.css';
import './styles/budget.css';
import './styles/kiosk.css';
import './styles/reports.css';
import './styles/alerts.css';
import './styles/devices.css';

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
