import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/useApiQuery';
import { ErrorBanner } from '../components/ErrorBanner';
import { AppHeader } from '../features/header/AppHeader';
import { useViewState } from '../stores/viewStore';
import { AppDataProvider } from './AppData';
import { VIEWS } from './views';
import { ViewTabs } from './ViewTabs';

function CurrentView() {
  const id = useViewState((s) => s.view);
  const view = VIEWS.find((v) => v.id === id) ?? VIEWS[0];
  return view ? <view.Component /> : null;
}

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
        <ViewTabs />
        <CurrentView />
      </div>
    </AppDataProvider>
  );
}
