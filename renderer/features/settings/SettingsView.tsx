import { useTranslation } from 'react-i18next';
import '../idle-land/idleLand.css';
import { BackupSection } from './BackupSection';
import { ImportSection } from './ImportSection';
import { LocalSection } from './LocalSection';
import './settings.css';

/** 参数设置: the local parameters the law does not fix, one section per settings group, each saved on its own. */
export function SettingsView() {
  const { t } = useTranslation();
  return (
    <main className="params-view" data-testid="settings-view">
      <h2 className="section-title">{t('params.heading')}</h2>
      <p className="params-intro">{t('params.intro')}</p>
      <LocalSection />
      <ImportSection />
      <BackupSection />
    </main>
  );
}
