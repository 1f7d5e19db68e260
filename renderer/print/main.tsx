import '../zodConfig';
import '../app/bundledFont';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createDefaultLandApi } from '../api/client';
import { initI18n } from '../i18n';
import { PlotSheetApp } from './plotSheet/PlotSheetApp';
import { PrintApp } from './PrintApp';
import { readPrintParams } from './printParams';
import './print.css';

const root = document.getElementById('root');
if (!root) throw new Error('#root missing from print.html');

try {
  const params = readPrintParams(window.location.search);
  initI18n(params.lang);
  const { api } = createDefaultLandApi();
  createRoot(root).render(
    <StrictMode>
      {params.plots ? (
        <PlotSheetApp api={api} plots={params.plots} asOf={params.asOf} lang={params.lang} footer={params.footer} />
      ) : (
        <PrintApp api={api} params={{ ...params, zone: params.zone ?? 'all' }} />
      )}
    </StrictMode>,
  );
} catch (e) {
  document.body.dataset.ready = 'error';
  document.body.dataset.error = e instanceof Error ? e.message : String(e);
  root.textContent = document.body.dataset.error;
}
