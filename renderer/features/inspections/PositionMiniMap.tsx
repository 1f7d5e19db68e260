import 'leaflet/dist/leaflet.css';
import { latLngBounds } from 'leaflet';
import { CircleMarker, MapContainer, Polygon, useMapEvents } from 'react-leaflet';
import type { AreaGeometry } from '../../../shared/domain/geometry';
import { bboxOf } from '../../../shared/domain/geometry';
import { toLatLngs } from '../map/geo';

function ClickToPick({ onPick }: { onPick: (p: [number, number]) => void }) {
  useMapEvents({ click: (e) => onPick([e.latlng.lng, e.latlng.lat]) });
  return null;
}

/** The plot alone on a small map: clicking picks the inspection position; the picked point is shown. */
export function PositionMiniMap({ geometry, point, onPick }: { geometry: AreaGeometry; point: [number, number] | null; onPick: (p: [number, number]) => void }) {
  const [minLon, minLat, maxLon, maxLat] = bboxOf(geometry);
  const bounds = latLngBounds([minLat, minLon], [maxLat, maxLon]).pad(0.6);
  return (
    <div className="ins-minimap" data-testid="ins-minimap">
      <MapContainer bounds={bounds} attributionControl={false} zoomControl={false} style={{ height: '100%', width: '100%' }}>
        <Polygon positions={toLatLngs(geometry)} pathOptions={{ color: '#0a2a66', weight: 2, fillColor: '#1a66c9', fillOpacity: 0.15 }} />
        {point && <CircleMarker center={[point[1], point[0]]} radius={6} pathOptions={{ color: '#d93025', weight: 2, fillColor: '#fff', fillOpacity: 1 }} />}
        <ClickToPick onPick={onPick} />
      </MapContainer>
    </div>
  );
}
