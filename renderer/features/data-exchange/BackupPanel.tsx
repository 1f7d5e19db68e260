import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLandApi } from '../../api/ApiContext';
import { useErrorActions } from '../../stores/errorStore';
import { downloadBase64 } from '../../components/fileBytes';
import { RestoreControl } from './RestoreControl';

/** Backup as a download; restore from a chosen backup file (the server swaps its database connection). */
export function BackupPanel() {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<{ file: string; pages: number } | null>(null);

  const backup = async () => {
    setBusy(true);
    setDone(null);
    try {
      const f = await api['backup.create']({});
      downloadBase64(f.fileName, f.mimeType, f.contentBase64);
      setDone({ file: f.fileName, pages: f.pages });
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dx-panel" data-testid="backup-panel">
      <h3>{t('dataExchange.backupHeading')}</h3>
      <p className="dx-intro">{t('dataExchange.backupIntro')}</p>
      <div className="dx-toolbar">
        <button type="button" className="dx-primary" onClick={() => void backup()} disabled={busy} data-testid="backup-download">
          {busy ? t('dataExchange.backupBusy') : t('dataExchange.backupDownload')}
        </button>
        {done && (
          <span className="dx-counts" data-testid="backup-done">
            {t('dataExchange.backupDone', done)}
          </span>
        )}
      </div>
      <p className="dx-intro">{t('dataExchange.restoreHint')}</p>
      <RestoreControl />
    </section>
  );
}
