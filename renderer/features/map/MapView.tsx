import 'leaflet/dist/leaflet.css';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CRS } from 'leaflet';
import { AttributionControl, MapContainer, ScaleControl } from 'react-leaflet';
import { needsGcjShift, NO_ONLINE_BASEMAP } from '../../../shared/geo/onlineBasemap';
import type { ZoneView } from '../../../shared/api/views';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useSelection } from '../../stores/selectionStore';
import { BasemapLayer } from './BasemapLayer';
import { CountyLayer, RiverLayer, ZoneLayer } from './ContextLayers';
import { CursorReadout } from './CursorReadout';
import { MapFocus } from './MapFocus';
import { MapLegend } from './MapLegend';
import { MapTools } from './MapTools';
import { GCJ_MERCATOR } from './gcjCrs';
import { OnlineBasemapLayer } from './OnlineBasemapLayer';
import { ALL_LAYERS_ON, LayerControl, type LayerVisibility } from './LayerControl';
import { PlotLayer } from './PlotLayer';
import { ZoneOverviewLayer } from './ZoneOverviewLayer';
import type { DrawnPlots } from './usePlotPolygons';

/** Puyang city centre; the view is fitted to the zones as soon as they arrive. */
const START: [number, number] = [35.76, 115.03];

export function MapView() {
  const { t } = useTranslation();
  const { zones, layers, shapes } = useAppData();
  const lang = useAppState((s) => s.lang);
  const zoneId = useSelection((s) => s.zoneId);
  const plotId = useSelection((s) => s.plotId);
  const [{ drawn, overview }, setDrawn] = useState<DrawnPlots>({ drawn: 0, overview: false });
  const [visible, setVisible] = useState<LayerVisibility>(ALL_LAYERS_ON);
  // The configured online basemap; 'none' until the answer arrives, so no tile is requested before it is known.
  const online = useApiQuery('map.onlineBasemap.get', {}).data ?? NO_ONLINE_BASEMAP;
  // Asked once here, not by the layer and the layer switch each, nor again when either remounts (datum, visibility).
  // Both transports serve its tiles at /tiles/z/x/y: browser mode's server, the desktop's app:// protocol.
  const { data: basemap } = useApiQuery('map.basemap', {});
  // Data on GCJ-02 tiles is drawn through the GCJ-02 projection, never unshifted; the map remounts when the datum changes.
  const datum = needsGcjShift(online) ? 'gcj02' : 'cgcs2000';
  const showLayers = useCallback((v: LayerVisibility) => {
    setVisible(v);
    if (!v.plots) setDrawn({ drawn: 0, overview: false });
  }, []);
  const zoneLabel = useCallback((z: ZoneView) => zoneShortLabel(z, lang), [lang]);

  return (
    <div className="map-view" data-testid="map" data-plot-count={drawn} data-selected-plot={plotId ?? ''} data-plots-loaded={shapes !== undefined} data-overview={overview} data-datum={datum}>
      <MapContainer key={datum} crs={datum === 'gcj02' ? GCJ_MERCATOR : CRS.EPSG3857} center={START} zoom={9} preferCanvas zoomSnap={0.25} attributionControl={false} className="map-view__leaflet">
        {/* First, so it is on the map before any layer: Leaflet only unhooks the attribution of layers added after it. */}
        <AttributionControl prefix={false} position="bottomleft" />
        {visible.online && <OnlineBasemapLayer source={online} />}
        {visible.basemap && <BasemapLayer data={basemap} />}
        {visible.counties && <CountyLayer layers={layers} />}
        {visible.river && <RiverLayer />}
        {visible.plots && <ZoneOverviewLayer active={overview} />}
        {visible.plots && <PlotLayer onDrawn={setDrawn} />}
        {visible.zones && <ZoneLayer zones={zones} selectedId={zoneId} label={zoneLabel} />}
        <MapFocus />
        <CursorReadout />
        <MapTools>
          <LayerControl value={visible} onChange={showLayers} online={online} basemap={basemap} />
        </MapTools>
        <ScaleControl imperial={false} metric position="bottomleft" />
      </MapContainer>
      <MapLegend overview={overview} />
      <div className="map-view__status" data-testid="map-status">
        {overview ? t('map.zoomInForPlots') : t('map.plotsDrawn', { count: drawn })}
      </div>
    </div>
  );
}
