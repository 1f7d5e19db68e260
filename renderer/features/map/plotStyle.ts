import type { PathOptions } from 'leaflet';
import type { PlotRow } from '../../../shared/api/views';
import type { EvaluationStatus, LifecycleStatus } from '../../../shared/domain/enums';
import type { MapTheme } from '../../stores/appStore';

export const COMPLIANCE_COLOR: Record<EvaluationStatus, string> = {
  compliant: '#1f9d55',
  noncompliant: '#d93025',
  incomplete: '#f2a900',
};

/** Lifecycle theme: cool = on track, warm = warnings, reds = idle (闲置), purple = government cause. */
export const LIFECYCLE_COLOR: Record<LifecycleStatus, string> = {
  'not-due': '#9aa5b1',
  'start-reminder': '#5fa8e8',
  'start-overdue': '#f2a900',
  idle: '#d93025',
  'idle-reclaimable': '#7a1010',
  'idle-government-cause': '#8e44ad',
  'under-construction': '#1a66c9',
  'completion-reminder': '#17a2b8',
  'completion-overdue': '#e8710a',
  'stalled-idle': '#c2185b',
  completed: '#1f9d55',
};

export const NO_LIFECYCLE_COLOR = '#c8ced6';
export const SELECTED_STROKE = '#0a2a66';

export function plotColor(plot: PlotRow | undefined, theme: MapTheme): string {
  if (!plot) return NO_LIFECYCLE_COLOR;
  if (theme === 'compliance') return COMPLIANCE_COLOR[plot.status];
  return plot.lifecycle === null ? NO_LIFECYCLE_COLOR : LIFECYCLE_COLOR[plot.lifecycle];
}

export function plotPathStyle(color: string, selected: boolean, dimmed: boolean): PathOptions {
  if (selected) return { color: SELECTED_STROKE, weight: 3, fillColor: color, fillOpacity: 0.85, opacity: 1 };
  if (dimmed) return { color, weight: 0.5, fillColor: color, fillOpacity: 0.12, opacity: 0.3 };
  return { color: '#ffffff', weight: 0.8, fillColor: color, fillOpacity: 0.78, opacity: 0.9 };
}

/** The bundled Yellow River line (ContextLayers.RiverLayer) and its legend swatch. */
export const RIVER_COLOR = '#5b9bd5';
