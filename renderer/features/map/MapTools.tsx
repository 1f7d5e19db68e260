import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { MapSearch, ZoomToSelection } from './MapSearch';
import { MeasureTool } from './MeasureTool';
import './mapTools.css';

/**
 * The tool bar over the map (measure, search, layers). Rendered outside the Leaflet container so its clicks never
 * reach the map as map clicks.
 */
export function MapTools({ children }: { children?: ReactNode }) {
  const map = useMap();
  const [measuring, setMeasuring] = useState(false);
  return createPortal(
    <div className="map-tools" data-testid="map-tools">
      <MapSearch />
      <ZoomToSelection />
      {children}
      <MeasureTool active={measuring} onActive={setMeasuring} />
    </div>,
    map.getContainer().parentElement ?? map.getContainer(),
  );
}
