import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportFormat } from '../../../shared/api/methods/dataExchange';
import { SHP_ENCODINGS, SHP_EXPORT_CRS, type ShpEncoding, type ShpExportCrs } from '../../../shared/exchange/shapefileColumns';
import { useLandApi } from '../../api/ApiContext';
import { useAppData } from '../../app/AppData';
import { useFilteredPlots } from '../../app/useFilteredPlots';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useErrorActions } from '../../stores/errorStore';
import { useFilters } from '../../stores/filterStore';
import { useSelection } from '../../stores/selectionStore';
import { downloadBase64 } from '../../components/fileBytes';

const LABEL = { xlsx: 'Excel', csv: 'CSV', geojson: 'GeoJSON', shp: 'Shapefile' } as const;
/** Scope: the table's current filter, all plots, or one zone (its id). */
const FILTER = '@filter';
const ALL = '';

/** Export the table's filtered plots, a zone or all as a download; headers follow the UI language. */
export function ExportPanel() {
  const { t } = useTranslation();
  const api = useLandApi();
  const { report } = useErrorActions();
  const { zones } = useAppData();
  const lang = useAppState((s) => s.lang);
  const selected = useSelection((s) => s.zoneId);
  const filters = useFilters((s) => s);
  const filtered = useFilteredPlots();
  const filterActive = filters.status !== 'all' || filters.lifecycle !== 'all' || filters.search.trim() !== '';
  const [scope, setScope] = useState<string>(filterActive ? FILTER : (selected ?? ALL));
  const [crs, setCrs] = useState<ShpExportCrs>('EPSG:4490');
  const [encoding, setEncoding] = useState<ShpEncoding>('gbk');
  const [busy, setBusy] = useState(false);

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const zone = selected ? { zoneId: selected } : {};
      // Without a status / lifecycle / search filter the table shows the selected zone: no need to send its ids.
      const where = scope === FILTER ? (filterActive ? { plotIds: filtered.rows.map((p) => p.id), ...zone } : zone) : scope === ALL ? {} : { zoneId: scope };
      const f = await api['export.file']({ format, lang, ...where, ...(format === 'shp' ? { crs, encoding } : {}) });
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
          <select value={scope} onChange={(e) => setScope(e.target.value)} data-testid="export-zone">
            <option value={FILTER}>{t('dataExchange.tableFilter', { n: filtered.rows.length })}</option>
            <option value={ALL}>{t('dataExchange.allZones')}</option>
            {(zones ?? []).map((z) => (
              <option key={z.id} value={z.id}>
                {zoneShortLabel(z, lang)}
              </option>
            ))}
          </select>
        </label>
        {ExportFormat.options
          .filter((f) => f !== 'shp')
          .map((f) => (
            <button key={f} type="button" onClick={() => void run(f)} disabled={busy} data-testid={`export-${f}`}>
              {t('dataExchange.exportAs', { format: LABEL[f] })}
            </button>
          ))}
      </div>
      <div className="dx-toolbar">
        <label>
          {t('dataExchange.shpCrs')}{' '}
          <select value={crs} onChange={(e) => setCrs(e.target.value as ShpExportCrs)} data-testid="export-crs">
            {SHP_EXPORT_CRS.map((c) => (
              <option key={c} value={c}>
                {t(`dataExchange.crs.${c.slice(5)}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('dataExchange.shpEncoding')}{' '}
          <select value={encoding} onChange={(e) => setEncoding(e.target.value as ShpEncoding)} data-testid="export-encoding">
            {SHP_ENCODINGS.map((c) => (
              <option key={c} value={c}>
                {c.toUpperCase()}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => void run('shp')} disabled={busy} data-testid="export-shp">
          {t('dataExchange.exportAs', { format: LABEL.shp })}
        </button>
      </div>
    </section>
  );
}
