import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatLength, pathLength, planarArea, toMu, type LonLat } from '../../../shared/geo/measure';
import { useMeasure } from './useMeasure';

/** Distance and planar area (m², 亩) measuring; off by default so plot clicks select plots. */
export function MeasureTool({ active, onActive }: { active: boolean; onActive: (on: boolean) => void }) {
  const { t, i18n } = useTranslation();
  const { measurement, finish, reset } = useMeasure(active);

  useEffect(() => {
    if (!active) return;
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onActive(false);
    };
    document.addEventListener('keydown', key);
    return () => document.removeEventListener('keydown', key);
  }, [active, onActive]);

  const pts: LonLat[] = measurement.points.map((p) => [p.lng, p.lat]);
  const first = pts[0];
  const length = pathLength(measurement.closed && first ? [...pts, first] : pts);
  const area = measurement.closed ? planarArea(pts) : null;
  const num = (v: number, digits: number) => v.toLocaleString(i18n.language, { maximumFractionDigits: digits, minimumFractionDigits: digits });

  return (
    <div className="map-measure" data-testid="measure-tool">
      <button type="button" className={active ? 'is-active' : ''} aria-pressed={active} data-testid="measure-toggle" onClick={() => onActive(!active)}>
        {t('mapTools.measure')}
      </button>
      {active && (
        <div className="map-measure__result">
          <div>
            <button type="button" data-testid="measure-finish" disabled={pts.length < 3 || measurement.closed} onClick={finish}>
              {t('mapTools.finish')}
            </button>{' '}
            <button type="button" data-testid="measure-clear" disabled={pts.length === 0} onClick={reset}>
              {t('mapTools.clear')}
            </button>
          </div>
          {pts.length < 2 ? (
            <div className="map-measure__note">{t('mapTools.measureHint')}</div>
          ) : (
            <div data-testid="measure-distance" data-m={length}>
              {t('mapTools.distance')}: {formatLength(length)}
            </div>
          )}
          {area !== null && (
            <>
              <div data-testid="measure-area" data-m2={area} data-mu={toMu(area)}>
                {t('mapTools.area')}: {num(area, 1)} m² = {num(toMu(area), 2)} {t('mapTools.mu')}
              </div>
              <div className="map-measure__note">{t('mapTools.areaDefinition')}</div>
            </>
          )}
        </div>
      )}
    </div>
  );
}
