import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';

export interface LayerVisibility {
  basemap: boolean;
  counties: boolean;
  zones: boolean;
  plots: boolean;
}
export const ALL_LAYERS_ON: LayerVisibility = { basemap: true, counties: true, zones: true, plots: true };

const LABEL: Record<keyof LayerVisibility, string> = {
  basemap: 'mapTools.layerBasemap',
  counties: 'mapTools.layerCounties',
  zones: 'mapTools.layerZones',
  plots: 'mapTools.layerPlots',
};

/** Show / hide the map's layers; the basemap entry only when a basemap is configured. */
export function LayerControl({ value, onChange }: { value: LayerVisibility; onChange: (v: LayerVisibility) => void }) {
  const { t } = useTranslation();
  const { info } = useAppData();
  const { data: basemap } = useApiQuery('map.basemap', info.transport === 'http' ? {} : null);
  const [open, setOpen] = useState(false);
  const keys = (Object.keys(LABEL) as (keyof LayerVisibility)[]).filter((k) => k !== 'basemap' || Boolean(basemap));
  return (
    <div className="map-layers" data-testid="layer-control">
      <button type="button" aria-expanded={open} data-testid="layers-toggle" onClick={() => setOpen((o) => !o)}>
        {t('mapTools.layers')}
      </button>
      {open && (
        <div className="map-tools__dropdown">
          {keys.map((k) => (
            <label key={k}>
              <input type="checkbox" checked={value[k]} data-testid={`layer-${k}`} onChange={(e) => onChange({ ...value, [k]: e.target.checked })} /> {t(LABEL[k])}
            </label>
          ))}
        </div>
      )}
    </div>
  );
}
