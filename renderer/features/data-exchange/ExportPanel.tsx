import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportFormat } from '../../../shared/api/methods/dataExchange';
import { useLandApi } from '../../api/ApiContext';
import { useAppData } from '../../app/AppData';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useErrorActions } from '../../stores/errorStore';
import { useSelection } from '../../stores/selectionStore';
import { downloadBase64 } from './fileBytes';

const LABEL = { xlsx: 'Excel', csv: 'CSV', geojson: 'GeoJSON' } as const;

/** Export the selected zone (or all) as a download; headers follow the UI language. */
export function ExportPanel() {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const { zones } = useAppData();
  const lang = useAppState((s) => s.lang);
  const selected = useSelection((s) => s.zoneId);
  const [zoneId, setZoneId] = useState<string>(selected ?? '');
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const f = await api['export.file']({ format, lang, ...(zoneId ? { zoneId } : {}) });
      downloadBase64(f.fileName, f.mimeType, f.contentBase64);
    } catch (e) {
      report(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="dx-panel" data-testid="export-panel">
      <h3>{t('dataExchange.exportHeading')}</h3>
      <p className="dx-intro">{t('dataExchange.exportIntro')}</p>
      <div className="dx-toolbar">
        <label>
          {t('dataExchange.scope')}{' '}
          <select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="export-zone">
            <option value="">{t('dataExchange.allZones')}</option>
            {(zones ?? []).map((z) => (
              <option key={z.id} value={z.id}>
                {zoneShortLabel(z, lang)}
              </option>
            ))}
          </select>
        </label>
        {ExportFormat.options.map((f) => (
          <button key={f} type="button" onClick={() => void run(f)} disabled={busy} data-testid={`export-${f}`}>
            {t('dataExchange.exportAs', { format: LABEL[f] })}
          </button>
        ))}
      </div>
      <p className="dx-intro">{t('dataExchange.backupHint')}</p>
      <code className="dx-code">npm run -s cli -- backup --out 备份.sqlite · npm run -s cli -- restore 备份.sqlite</code>
    </section>
  );
}
