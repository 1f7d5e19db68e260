import type { LeafletMouseEvent } from 'leaflet';
import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useMap } from 'react-leaflet';
import { formatGkEasting, gkPosition } from '../../../shared/geo/gaussKruger';
import './mapTools.css';

/** Lon/lat and CGCS2000 3° GK (zone picked by longitude) of the point under the cursor, in the map's bottom-right corner. */
export function CursorReadout() {
  const { t } = useTranslation();
  const map = useMap();
  const [at, setAt] = useState<{ lon: number; lat: number; px: string } | null>(null);
  useEffect(() => {
    const move = (e: LeafletMouseEvent) => setAt({ lon: e.latlng.lng, lat: e.latlng.lat, px: `${Math.round(e.containerPoint.x)},${Math.round(e.containerPoint.y)}` });
    const out = () => setAt(null);
    map.on('mousemove', move);
    map.on('mouseout', out);
    return () => {
      map.off('mousemove', move);
      map.off('mouseout', out);
    };
  }, [map]);
  if (!at) return null;
  const gk = gkPosition(at.lon, at.lat);
  return createPortal(
    <div className="map-readout" data-testid="map-readout" data-px={at.px} data-lon={at.lon} data-lat={at.lat} data-gk-x={gk.easting} data-gk-y={gk.northing} data-epsg={gk.epsg}>
      <div>
        {t('mapTools.lonLat')} {at.lon.toFixed(6)}, {at.lat.toFixed(6)}
      </div>
      <div>
        {t('mapTools.gk', { epsg: gk.epsg })} X {formatGkEasting(gk)} / Y {gk.northing.toFixed(2)}
      </div>
    </div>,
    map.getContainer().parentElement ?? map.getContainer(),
  );
}
