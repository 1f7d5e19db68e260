import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { ErrorBanner } from '../components/ErrorBanner';
import { AppHeader } from '../features/header/AppHeader';
import { MapView } from '../features/map/MapView';
import { PlotPanel } from '../features/plot-panel/PlotPanel';
import { PlotTable } from '../features/plot-table/PlotTable';
import { ZoneList } from '../features/zones/ZoneList';
import { AppDataProvider } from './AppData';

/** Layout: header; zones | map over table | plot panel. Waits for app.info (today, dataset note) before anything else. */
export function App() {
  const { t } = useTranslation();
  const info = useApiQuery('app.info', {});
  if (!info.data) {
    return (
      <div className="boot">
        <ErrorBanner />
        {!info.failed && <p>{t('app.loading')}</p>}
      </div>
    );
  }
  return (
    <AppDataProvider info={info.data}>
      <div className="app" data-testid="app">
        <AppHeader />
        <ErrorBanner />
        <main className="workspace">
          <ZoneList />
          <div className="workspace__centre">
            <MapView />
            <PlotTable />
          </div>
          <PlotPanel />
        </main>
      </div>
    </AppDataProvider>
  );
}
