import type { ComponentType } from 'react';
import { ReportView } from '../features/report/ReportView';
import { BenchmarkView } from '../features/benchmark/BenchmarkView';
import { BatchesView } from '../features/batches/BatchesView';
import { CasesView } from '../features/cases/CasesView';
import { WarningsView } from '../features/warnings/WarningsView';
import { DataExchangeView } from '../features/data-exchange/DataExchangeView';
import { SettingsView } from '../features/settings/SettingsView';
import { RuleSetsView } from '../features/rule-sets/RuleSetsView';
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
  { id: 'warnings', labelKey: 'nav.warnings', Component: WarningsView },
  { id: 'cases', labelKey: 'nav.cases', Component: CasesView },
  { id: 'batches', labelKey: 'nav.batches', Component: BatchesView },
  { id: 'report', labelKey: 'nav.report', Component: ReportView },
  { id: 'data', labelKey: 'nav.data', Component: DataExchangeView },
  { id: 'bench', labelKey: 'nav.bench', Component: BenchmarkView },
  { id: 'rules', labelKey: 'nav.rules', Component: RuleSetsView },
  { id: 'settings', labelKey: 'nav.settings', Component: SettingsView },
];
