import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiOutput } from '../../../shared/api/contract';
import { useLandApi } from '../../api/ApiContext';
import { useErrorActions } from '../../stores/errorStore';
import { useRevisionActions } from '../../stores/revisionStore';
import { useSelectionActions } from '../../stores/selectionStore';
import { fileToBase64 } from '../../components/fileBytes';
import { FileButton } from '../../components/FileButton';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/**
 * Restore from a backup file: choose it, read what will happen in a confirmation, then the server checks it, swaps
 * the database and the app fetches its data again (selection cleared: the selected plot may not exist any more).
 */
export function RestoreControl() {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const { bump } = useRevisionActions();
  const { selectPlot, selectZone } = useSelectionActions();
  const [chosen, setChosen] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<ApiOutput<'backup.restore'> | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const close = () => {
    setChosen(null);
    setInputKey((k) => k + 1);
  };

  const restore = async (file: File) => {
    setBusy(true);
    try {
      const r = await api['backup.restore']({ fileName: file.name, contentBase64: await fileToBase64(file) });
      setDone(r);
      selectPlot(null, 'panel');
      selectZone(null);
      bump();
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <div className="dx-restore">
      <FileButton
        key={inputKey}
        label={t('restore.choose')}
        browse={t('dataExchange.browse')}
        none={t('dataExchange.noFile')}
        fileName={chosen?.name ?? null}
        accept=".sqlite,.sqlite3,.db"
        disabled={busy}
        testId="restore-file"
        onFile={(f) => {
          setDone(null);
          setChosen(f);
        }}
      />
      {done && (
        <p className="dx-counts" data-testid="restore-done">
          {t('restore.done', { plots: done.plots, zones: done.zones, version: done.schemaVersion })}
          {done.previous && <> {t('restore.previous', { file: done.previous })}</>}
        </p>
      )}
      {chosen && (
        <div className="dx-dialog__backdrop">
          <div className="dx-dialog" role="dialog" aria-modal="true" aria-labelledby="restore-title" data-testid="restore-dialog">
            <h4 id="restore-title">{t('restore.title')}</h4>
            <p>{t('restore.replace', { file: chosen.name, size: megabytes(chosen.size) })}</p>
            <ul>
              <li>{t('restore.checked')}</li>
              <li>{t('restore.keptAside')}</li>
              <li>{t('restore.lost')}</li>
              <li>{t('restore.reload')}</li>
            </ul>
            <div className="dx-toolbar dx-dialog__actions">
              <button type="button" onClick={close} disabled={busy}>
                {t('restore.cancel')}
              </button>
              <button type="button" className="dx-danger" onClick={() => void restore(chosen)} disabled={busy} data-testid="restore-confirm">
                {busy ? t('restore.busy') : t('restore.confirm')}
              </button>
            </div>
          </div>
        </div>
      )}
    </div>
  );
}
