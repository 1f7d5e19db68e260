import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EvaluationStatus, LifecycleStatus } from '../../../shared/domain/enums';
import { useAppActions, useAppState, type MapTheme } from '../../stores/appStore';
import { COMPLIANCE_COLOR, LIFECYCLE_COLOR, NO_LIFECYCLE_COLOR, RIVER_COLOR, SELECTED_STROKE } from './plotStyle';
import { NO_SHARE_COLOR, SHARE_BREAKS, SHARE_COLORS } from './zoneOverview';

function Swatch({ fill, stroke, dashed }: { fill: string; stroke?: string; dashed?: boolean }) {
  return (
    <span
      className="legend__swatch"
      style={{ background: fill, borderColor: stroke ?? fill, borderStyle: dashed ? 'dashed' : 'solid' }}
    />
  );
}

const pct = (v: number) => `${Math.round(v * 100)}%`;

/** Zone-fill classes of the overview: "< 5%", "5–15%", …, "≥ 30%". */
function shareEntries(t: (k: string, o?: Record<string, string>) => string) {
  return [
    ...SHARE_COLORS.map((color, i) => {
      const lo = SHARE_BREAKS[i - 1];
      const hi = SHARE_BREAKS[i];
      const label = lo === undefined ? `< ${pct(hi ?? 0)}` : hi === undefined ? `≥ ${pct(lo)}` : `${pct(lo)}–${pct(hi)}`;
      return { key: `share-${i}`, color, label };
    }),
    { key: 'share-none', color: NO_SHARE_COLOR, label: t('map.overviewNoPlots') },
  ];
}

/** Legend for the current theme (zone shares when zoomed out to the overview), the boundary symbols and the theme switch. */
export function MapLegend({ overview = false }: { overview?: boolean }) {
  const { t } = useTranslation();
  const theme = useAppState((s) => s.theme);
  const { setTheme } = useAppActions();
  const [open, setOpen] = useState(true);
  const entries = overview
    ? shareEntries(t)
    : theme === 'compliance'
      ? EvaluationStatus.options.map((s) => ({ key: s, color: COMPLIANCE_COLOR[s], label: t(`status.${s}`) }))
      : [
          ...LifecycleStatus.options.map((s) => ({ key: s, color: LIFECYCLE_COLOR[s], label: t(`lifecycle.${s}`) })),
          { key: 'none', color: NO_LIFECYCLE_COLOR, label: t('map.noLifecycle') },
        ];
  const themes: MapTheme[] = ['compliance', 'lifecycle'];
  return (
    <div className="map-legend" data-testid="map-legend">
      <div className="segmented" role="group" aria-label={t('map.theme')}>
        {themes.map((th) => (
          <button
            key={th}
            type="button"
            className={th === theme ? 'is-active' : ''}
            aria-pressed={th === theme}
            data-testid={`theme-${th}`}
            onClick={() => setTheme(th)}
          >
            {t(th === 'compliance' ? 'map.themeCompliance' : 'map.themeLifecycle')}
          </button>
        ))}
      </div>
      <button type="button" className="legend__title" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t('map.legend')} <span aria-hidden>{open ? '▾' : '▸'}</span>
      </button>
      <ul className="legend__list" hidden={!open}>
        {overview && (
          <li className="legend__caption" data-testid="legend-overview">
            {t(theme === 'compliance' ? 'map.overviewCompliance' : 'map.overviewLifecycle')}
          </li>
        )}
        {entries.map((e) => (
          <li key={e.key}>
            <Swatch fill={e.color} />
            {e.label}
          </li>
        ))}
        <li>
          <Swatch fill="transparent" stroke={SELECTED_STROKE} />
          {t('map.selected')}
        </li>
        <li>
          <Swatch fill="transparent" stroke="#2f5d8a" />
          {t('map.zoneBoundary')}
        </li>
        <li>
          <Swatch fill="#ffffff" stroke="#9aa3ad" dashed />
          {t('map.county')}
        </li>
        <li>
          <Swatch fill={RIVER_COLOR} stroke={RIVER_COLOR} />
          {t('map.river')}
        </li>
      </ul>
    </div>
  );
}
