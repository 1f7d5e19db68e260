import { useTranslation } from 'react-i18next';
import type { EnterpriseReview, GradedEnterpriseView, GradingReport } from '../../../shared/api/benchmarkViews';
import { ungradedReasonLabel } from '../../../shared/rules/benchmarkLabels';
import { GRADING_INDICATORS } from '../../../shared/rules/benchmarkSettings';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { fmtNumber } from '../../i18n/format';
import { zoneShortLabel } from '../../i18n/zoneLabel';
import { useAppState } from '../../stores/appStore';
import { CLASS_TONE } from './palette';
import { ReviewEditor } from './ReviewEditor';

/** One enterprise's figures, score contributions and its objection / re-check note. */
export function EnterpriseDetail({ report, enterprise: e, onSaved }: { report: GradingReport; enterprise: GradedEnterpriseView; onSaved: (r: EnterpriseReview) => void }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { zonesById } = useAppData();
  const unit = (k: string) => (k === 'laborProductivity' ? t('bench.unitWanPerPerson') : t('bench.unitWanPerMu'));
  return (
    <div className="enterprise-detail" data-testid="enterprise-detail">
      <div className="enterprise-detail__head">
        <Badge tone={CLASS_TONE[e.class]}>{t(`bench.class_${e.class}`)}</Badge>
        <strong>{e.landUser}</strong>
        <span className="mono muted">{e.creditCode}</span>
      </div>
      <dl className="fields fields--3">
        <div className="field">
          <dt>{t('bench.zone')}</dt>
          <dd>{e.zoneIds.map((id) => { const z = zonesById.get(id); return z ? zoneShortLabel(z, lang) : id; }).join('、')}</dd>
        </div>
        <div className="field">
          <dt>{t('bench.landArea')}</dt>
          <dd>{fmtNumber(e.landAreaMu, lang, 2)}</dd>
        </div>
        <div className="field">
          <dt>{t('bench.evaluatedArea')}</dt>
          <dd>{fmtNumber(e.evaluatedAreaMu, lang, 2)}</dd>
        </div>
        <div className="field">
          <dt>{t('bench.output')}</dt>
          <dd>{fmtNumber(e.outputWan, lang, 0)} {t('units.wan')} · {e.aboveSize ? t('bench.aboveSize') : t('bench.belowSize')}</dd>
        </div>
        <div className="field">
          <dt>{t('bench.tax')}</dt>
          <dd>{fmtNumber(e.taxWan, lang, 1)} {t('units.wan')}</dd>
        </div>
        <div className="field">
          <dt>{t('bench.employees')}</dt>
          <dd>{fmtNumber(e.employees, lang, 0)}</dd>
        </div>
      </dl>
      {e.ungradedReason ? (
        <p className="bench-note">{t('bench.ungradedWhy')}：{ungradedReasonLabel(e.ungradedReason, report)[lang]}</p>
      ) : (
        <table className="bench-table bench-table--compact">
          <thead>
            <tr>
              <th />
              <th className="num">{t('bench.current')}</th>
              <th className="num">{t('bench.benchmark')}</th>
              <th className="num">{t('bench.score')}</th>
            </tr>
          </thead>
          <tbody>
            {GRADING_INDICATORS.map((k) => (
              <tr key={k}>
                <td>
                  {t(`bench.${k}`)} <small className="muted">{unit(k)}</small>
                </td>
                <td className="num">{fmtNumber(e.indicators[k], lang, 2)}</td>
                <td className="num">{fmtNumber(report.benchmarks[k], lang, 2)}</td>
                <td className="num">{fmtNumber(e.contributions[k], lang, 1)}</td>
              </tr>
            ))}
            <tr className="strong">
              <td>{t('bench.score')}</td>
              <td />
              <td />
              <td className="num">{fmtNumber(e.score, lang, 1)}</td>
            </tr>
          </tbody>
        </table>
      )}
      <ReviewEditor key={`${e.creditCode}/${e.review?.rowVersion ?? 0}`} creditCode={e.creditCode} year={report.year} review={e.review} onSaved={onSaved} />
    </div>
  );
}
