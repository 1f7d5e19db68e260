import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GradedEnterpriseView, GradingReport } from '../../../shared/api/benchmarkViews';
import { ungradedReasonLabel } from '../../../shared/rules/benchmarkLabels';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { fmtNumber } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { useErrorActions } from '../../stores/errorStore';
import { useBenchActions, useBenchState, type ClassFilter, type SizeFilter } from './benchmarkStore';
import { downloadGrading, gradingSheet } from './exportGrading';
import { filterEnterprises } from './filterEnterprises';
import { CLASS_TONE } from './palette';

const CLASS_OPTIONS: ClassFilter[] = ['all', 'A', 'B', 'C', 'D', 'ungraded'];

/** The graded enterprises with filters (class, zone, size, text) and export of what is shown to .xlsx. */
export function GradingList({ report, enterprises }: { report: GradingReport; enterprises: GradedEnterpriseView[] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { zones, zonesById } = useAppData();
  const { report: reportError } = useErrorActions();
  const f = useBenchState((s) => s);
  const selected = useBenchState((s) => s.creditCode);
  const { setFilters, openEnterprise } = useBenchActions();
  const [exporting, setExporting] = useState(false);
  const rows = useMemo(() => filterEnterprises(enterprises, f), [enterprises, f]);
  const classes = CLASS_OPTIONS.filter((c) => c === 'all' || c === 'ungraded' || report.classes.some((p) => p.class === c));

  const exportRows = () => {
    setExporting(true);
    downloadGrading(gradingSheet(report, rows, zonesById, t, lang), `亩均效益评价_${report.year}_${report.preset}.xlsx`)
      .catch(reportError)
      .finally(() => setExporting(false));
  };

  return (
    <div className="grading">
      <div className="bench-filters" data-testid="grading-filters">
        <select data-testid="grading-class" value={f.classFilter} onChange={(e) => setFilters({ classFilter: e.target.value as ClassFilter })}>
          {classes.map((c) => (
            <option key={c} value={c}>
              {c === 'all' ? t('bench.classAll') : t(`bench.class_${c}`)}
            </option>
          ))}
        </select>
        <select data-testid="grading-zone" value={f.zoneFilter} onChange={(e) => setFilters({ zoneFilter: e.target.value })}>
          <option value="all">{t('bench.allZones')}</option>
          {(zones ?? []).map((z) => (
            <option key={z.id} value={z.id}>
              {zoneShortLabel(z, lang)}
            </option>
          ))}
        </select>
        <select data-testid="grading-size" value={f.sizeFilter} onChange={(e) => setFilters({ sizeFilter: e.target.value as SizeFilter })}>
          <option value="all">{t('bench.sizeAll')}</option>
          <option value="above">{t('bench.aboveSize')}</option>
          <option value="below">{t('bench.belowSize')}</option>
        </select>
        <input type="search" data-testid="grading-search" placeholder={t('bench.search')} value={f.text} onChange={(e) => setFilters({ text: e.target.value })} />
        <span className="muted" data-testid="grading-count">
          {t('bench.count', { shown: rows.length, total: enterprises.length })}
        </span>
        <button type="button" className="button" data-testid="grading-export" disabled={exporting || rows.length === 0} onClick={exportRows}>
          {exporting ? t('bench.exporting') : t('bench.export')}
        </button>
      </div>
      <div className="grading__scroll">
        <table className="bench-table bench-table--compact" data-testid="grading-table">
          <thead>
            <tr>
              <th>{t('bench.class')}</th>
              <th>{t('bench.enterprise')}</th>
              <th>{t('bench.zone')}</th>
              <th className="num">{t('bench.landArea')}</th>
              <th className="num">{t('bench.taxPerMu')}</th>
              <th className="num">{t('bench.score')}</th>
              <th>{t('bench.review')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <tr key={e.creditCode} data-testid="grading-row" data-class={e.class} className={selected === e.creditCode ? 'is-selected' : ''} onClick={() => openEnterprise(e.creditCode)}>
                <td>
                  <Badge tone={CLASS_TONE[e.class]} title={e.ungradedReason ? ungradedReasonLabel(e.ungradedReason, report)[lang] : undefined}>
                    {e.class === 'ungraded' ? t('bench.class_ungraded') : e.class}
                  </Badge>
                </td>
                <td className="ellipsis" title={e.creditCode}>
                  {e.landUser}
                </td>
                <td className="ellipsis">{e.zoneIds.map((id) => { const z = zonesById.get(id); return z ? zoneShortLabel(z, lang) : id; }).join('、')}</td>
                <td className="num">{fmtNumber(e.landAreaMu, lang, 1)}</td>
                <td className="num">{fmtNumber(e.indicators.taxPerMu, lang, 2)}</td>
                <td className="num strong">{fmtNumber(e.score, lang, 1)}</td>
                <td>{e.review ? <Badge tone="purple">{t(`bench.review_${e.review.status}`)}</Badge> : null}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
