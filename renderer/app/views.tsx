import type { ComponentType } from 'react';
import { ReportView } from '../features/report/ReportView';
import { BenchmarkView } from '../features/benchmark/BenchmarkView';
import { MapWorkspace } from './MapWorkspace';

export interface ViewDef {
  id: string;
  /** i18n key of the tab label. */
  labelKey: string;
  Component: ComponentType;
}

/** The top-level views, in tab order; a feature adds one line here. */
export const VIEWS: readonly ViewDef[] = [
  { id: 'map', labelKey: 'nav.map', Component: MapWorkspace },
  { id: 'report', labelKey: 'nav.report', Component: ReportView },
  { id: 'bench', labelKey: 'nav.bench', Component: BenchmarkView },
];
