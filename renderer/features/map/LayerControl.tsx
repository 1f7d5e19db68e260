import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BasemapInfo } from '../../../shared/api/methods/basemap';
import type { OnlineBasemap } from '../../../shared/geo/onlineBasemap';
import { OnlineBasemapSettings } from './OnlineBasemapSettings';

export interface LayerVisibility {
  online: boolean;
  basemap: boolean;
  counties: boolean;
  river: boolean;
  zones: boolean;
  plots: boolean;
}
export const ALL_LAYERS_ON: LayerVisibility = { online: true, basemap: true, counties: true, river: true, zones: true, plots: true };

const LABEL: Record<keyof LayerVisibility, string> = {
  online: 'onlineBasemap.layer',
  basemap: 'mapTools.layerBasemap',
  counties: 'mapTools.layerCounties',
  river: 'mapTools.layerRiver',
  zones: 'mapTools.layerZones',
  plots: 'mapTools.layerPlots',
};

/** Show / hide the map's layers (the basemap entries only when configured); the online basemap's settings. */
export function LayerControl({ value, onChange, online, basemap }: { value: LayerVisibility; onChange: (v: LayerVisibility) => void; online: OnlineBasemap; basemap: BasemapInfo | null | undefined }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [editing, setEditing] = useState(false);
  const shown = (k: keyof LayerVisibility) => (k === 'basemap' ? Boolean(basemap) : k === 'online' ? online.kind !== 'none' : true);
  const keys = (Object.keys(LABEL) as (keyof LayerVisibility)[]).filter(shown);
  return (
    <div className="map-layers" data-testid="layer-control">
      <button type="button" aria-expanded={open} data-testid="layers-toggle" onClick={() => setOpen((o) => !o)}>
        {t('mapTools.layers')}
      </button>
      {open && !editing && (
        <div className="map-tools__dropdown">
          {keys.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={value[k]} data-testid={`layer-${k}`} onChange={(e) => onChange({ ...value, [k]: e.target.checked })} /> {t(LABEL[k])}
            </label>
          ))}
          <button type="button" className="map-layers__online" data-testid="online-settings" onClick={() => setEditing(true)}>
            {t('onlineBasemap.open')}
          </button>
        </div>
      )}
      {open && editing && <OnlineBasemapSettings current={online} onClose={() => setEditing(false)} />}
    </div>
  );
}
