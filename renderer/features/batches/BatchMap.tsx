import 'leaflet/dist/leaflet.css';
import { latLngBounds } from 'leaflet';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { MapContainer, Polygon, ScaleControl, Tooltip } from 'react-leaflet';
import type { ZoneView } from '../../../shared/api/views';
import { AgeBucket } from '../../../shared/domain/enums';
import { bboxOf } from '../../../shared/domain/geometry';
import { unionBbox } from '../../../shared/report/printProjection';
import { PUYANG_EXTENT } from '../../../shared/settings/editableParameters';
import { useAppData } from '../../app/AppData';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { CountyLayer, RiverLayer, ZoneLayer } from '../map/ContextLayers';
import { toLatLngs } from '../map/geo';
import { FitBounds } from './FitBounds';

const BUCKET_COLOR: Record<AgeBucket, string> = { '<2y': '#5fa8e8', '2-5y': '#f2a900', '>=5y': '#d93025' };

interface Props {
  zoneId: string;
  selected: string | null;
  onSelect: (id: string) => void;
  /** The age bucket's name under the settings in force (不满2年 …); empty until they are loaded. */
  bucketName: (b: AgeBucket) => string;
}

/** Batch outlines (map.layers) over the counties, the Yellow River and the labelled zones, coloured by the age of their unsupplied land. */
export function BatchMap({ zoneId, selected, onSelect, bucketName }: Props) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { layers, batches, zones } = useAppData();
  const zoneLabel = useCallback((z: ZoneView) => zoneShortLabel(z, lang), [lang]);
  const bucketOf = useMemo(() => new Map((batches ?? []).map((b) => [b.id, b.bucket])), [batches]);
  const shown = (layers?.batches ?? []).filter((b) => (zoneId === '' || b.zoneId === zoneId) && bucketOf.has(b.id));
  const frame = useMemo(() => zones?.filter((z) => zoneId === '' || z.id === zoneId) ?? [], [zones, zoneId]);
  const picked = shown.find((b) => b.id === selected);
  const bounds = useMemo(() => {
    const boxes = picked ? [bboxOf(picked.geometry)] : frame.map((z) => bboxOf(z.boundary));
    if (boxes.length === 0) return latLngBounds([PUYANG_EXTENT.minLat, PUYANG_EXTENT.minLon], [PUYANG_EXTENT.maxLat, PUYANG_EXTENT.maxLon]);
    const [w, s, e, n] = unionBbox(boxes);
    return latLngBounds([s, w], [n, e]);
  }, [frame, picked]);
  return (
    <div className="batch-map" data-testid="batch-map" data-batch-count={shown.length}>
      <MapContainer bounds={bounds} attributionControl={false} style={{ height: '100%', width: '100%' }}>
        <FitBounds bounds={bounds.pad(picked ? 0.5 : 0.05)} />
        <CountyLayer layers={layers} />
        <RiverLayer />
        <ZoneLayer zones={frame} selectedId={null} label={zoneLabel} />
        {shown.map((b) => {
          const bucket = bucketOf.get(b.id) ?? '<2y';
          const isSel = b.id === selected;
          return (
            <Polygon
              key={b.id}
              positions={toLatLngs(b.geometry)}
              pathOptions={{ color: isSel ? '#0a2a66' : BUCKET_COLOR[bucket], weight: isSel ? 3 : 1.5, fillColor: BUCKET_COLOR[bucket], fillOpacity: isSel ? 0.45 : 0.25 }}
              eventHandlers={{ click: () => onSelect(b.id) }}
            >
              <Tooltip sticky>{b.approvalNo}</Tooltip>
            </Polygon>
          );
        })}
        <ScaleControl imperial={false} position="bottomleft" />
      </MapContainer>
      <div className="map-legend batch-map__legend" data-testid="batch-map-legend">
        <div className="legend__caption">{t('batches.mapLegend')}</div>
        <ul className="legend__list">
          {AgeBucket.options.map((b) => (
            <li key={b}>
              <span className="legend__swatch" style={{ background: BUCKET_COLOR[b], borderColor: BUCKET_COLOR[b] }} />
              {bucketName(b)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
