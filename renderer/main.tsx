import './zodConfig';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiContext';
import { createDefaultLandApi } from './api/client';
import { App } from './app/App';
import './app/bundledFont';
import './app/styles.css';
import './app/panels.css';
import { initI18n } from './i18n';
import { appStore } from './stores/appStore';

initI18n(appStore.getState().lang);
const { api } = createDefaultLandApi();
const root = document.getElementById('root');
if (!root) throw new Error('#root missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ApiProvider api={api}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
