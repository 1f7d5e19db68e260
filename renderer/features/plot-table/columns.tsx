import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { PlotRow, ZoneView } from '../../../shared/api/views';
import type { Lang } from '../../../shared/domain/enums';
import { m2ToMu } from '../../../shared/domain/units';
import { metricValue } from '../../../shared/rules/metrics';
import { Badge } from '../../components/Badge';
import { LIFECYCLE_TONE, STATUS_TONE } from '../../components/statusTone';
import { fmtNumber, fmtPerMu, fmtPlotRatio } from '../../i18n/format';

export type ColumnKey = 'parcelNo' | 'landUser' | 'zone' | 'areaMu' | 'plotRatio' | 'investment' | 'tax' | 'status' | 'lifecycle';

export interface ColumnContext {
  t: TFunction;
  lang: Lang;
  zonesById: Map<string, ZoneView>;
}

export interface Column {
  key: ColumnKey;
  label: string;
  width: string;
  numeric?: boolean;
  /** Header tooltip: the full name with its unit. */
  hint?: string;
  sortValue: (p: PlotRow, c: ColumnContext) => string | number | null;
  render: (p: PlotRow, c: ColumnContext) => ReactNode;
  /** Full text for the cell's tooltip when it may be cut off. */
  title?: (p: PlotRow, c: ColumnContext) => string;
}

const plotRatio = (p: PlotRow) => metricValue('plot-ratio', p);
const investment = (p: PlotRow) => metricValue('investment-intensity', p);
const tax = (p: PlotRow) => (p.operating ? metricValue('tax-per-mu', p) : null);
const zoneName = (p: PlotRow, c: ColumnContext) => {
  const z = c.zonesById.get(p.zoneId);
  return z ? (c.lang === 'zh' ? z.shortName : z.nameEn) : p.zoneName;
};

/** The table's columns: what each shows, how it sorts (values via the shared metric formulas). */
export function plotColumns(t: TFunction, lang: Lang): Column[] {
  const en = lang === 'en';
  return [
    { key: 'parcelNo', label: t('table.parcelNo'), width: '1.1fr', sortValue: (p) => p.parcelNo, render: (p) => <span className="mono">{p.parcelNo}</span> },
    { key: 'landUser', label: t('table.landUser'), width: en ? '1.5fr' : '1.9fr', sortValue: (p) => p.landUser, render: (p) => p.landUser ?? '—', title: (p) => p.landUser ?? '' },
    { key: 'zone', label: t('table.zone'), width: '1fr', sortValue: zoneName, render: zoneName, title: zoneName },
    { key: 'areaMu', label: t('table.areaMu'), hint: t('table.areaMuHint'), width: '0.9fr', numeric: true, sortValue: (p) => p.landAreaM2, render: (p, c) => fmtNumber(m2ToMu(p.landAreaM2), c.lang, 1) },
    { key: 'plotRatio', label: t('table.plotRatio'), hint: t('table.plotRatioHint'), width: '0.8fr', numeric: true, sortValue: plotRatio, render: (p, c) => fmtPlotRatio(plotRatio(p), c.lang) },
    { key: 'investment', label: t('table.investment'), hint: t('table.investmentHint'), width: '0.85fr', numeric: true, sortValue: investment, render: (p, c) => fmtPerMu(investment(p), c.lang) },
    { key: 'tax', label: t('table.tax'), hint: t('table.taxHint'), width: '0.75fr', numeric: true, sortValue: tax, render: (p, c) => fmtPerMu(tax(p), c.lang) },
    {
      key: 'status',
      label: t('table.status'),
      width: en ? '1.3fr' : '0.9fr',
      sortValue: (p) => ['noncompliant', 'incomplete', 'compliant'].indexOf(p.status),
      title: (p, c) => c.t(`status.${p.status}`),
      render: (p, c) => <Badge tone={STATUS_TONE[p.status]}>{c.t(`status.${p.status}`)}</Badge>,
    },
    {
      key: 'lifecycle',
      label: t('table.lifecycle'),
      width: '1.6fr',
      sortValue: (p, c) => (p.lifecycle === null ? null : c.t(`lifecycle.${p.lifecycle}`)),
      title: (p, c) => (p.lifecycle === null ? '' : c.t(`lifecycle.${p.lifecycle}`)),
      render: (p, c) => (p.lifecycle === null ? '—' : <Badge tone={LIFECYCLE_TONE[p.lifecycle]}>{c.t(`lifecycle.${p.lifecycle}`)}</Badge>),
    },
  ];
}

export type SortState = { key: ColumnKey; dir: 1 | -1 };

/** Sorts a copy; unknown values (null) always go last, whatever the direction. */
export function sortRows(rows: readonly PlotRow[], column: Column, dir: 1 | -1, c: ColumnContext): PlotRow[] {
  const keyed = rows.map((p) => ({ p, v: column.sortValue(p, c) }));
  const collator = new Intl.Collator(c.lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  keyed.sort((a, b) => {
    if (a.v === null || b.v === null) return a.v === null ? (b.v === null ? 0 : 1) : -1;
    const cmp = typeof a.v === 'number' && typeof b.v === 'number' ? a.v - b.v : collator.compare(String(a.v), String(b.v));
    return cmp * dir;
  });
  return keyed.map((k) => k.p);
}
