import { useTranslation } from 'react-i18next';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';
import './dataExchange.css';

/** 导入导出: the import wizard, the export buttons and the backup download. */
export function DataExchangeView() {
  const { t } = useTranslation();
  return (
    <div className="dx-view" data-testid="data-exchange-view">
      <h2>{t('dataExchange.heading')}</h2>
      <ImportPanel />
      <ExportPanel />
      <BackupPanel />
    </div>
  );
}
