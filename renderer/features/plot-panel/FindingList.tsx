import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FindingView, PlotDetail } from '../../../shared/api/views';
import { METRIC_INFO } from '../../../shared/rules/metrics';
import { Badge } from '../../components/Badge';
import { RESULT_TONE } from '../../components/statusTone';
import { comparatorSymbol, unitLabel } from '../../i18n/domainTerms';
import { fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';

function Finding({ f }: { f: FindingView }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const decimals = METRIC_INFO[f.metric].decimals;
  const unit = unitLabel(f.unit, lang);
  const withUnit = (v: number | null) => (v === null ? fmtNumber(null, lang) : `${fmtNumber(v, lang, decimals)}${unit ? ` ${unit}` : ''}`);
  return (
    <li className={`finding finding--${f.result}`} data-testid="finding" data-result={f.result} data-metric={f.metric}>
      <div className="finding__head">
        <span className="finding__metric">{t(`metric.${f.metric}`)}</span>
        <Badge tone={RESULT_TONE[f.result]} testId="finding-result">{t(`result.${f.result}`)}</Badge>
      </div>
      <div className="finding__numbers">
        <span>
          <small>{t('panel.value')}</small> <b>{withUnit(f.value)}</b>
        </span>
        <span>
          <small>{t('panel.standard')}</small> {comparatorSymbol(f.comparator)} {withUnit(f.threshold)}
        </span>
        {f.gap !== null && (
          <span className={f.result === 'fail' ? 'finding__gap--bad' : ''}>
            <small>{t('panel.gap')}</small> {f.gap > 0 ? '+' : ''}
            {withUnit(f.gap)}
          </span>
        )}
      </div>
      <p className="finding__text" data-testid="finding-text">
        {lang === 'zh' ? f.text : f.textEn}
      </p>
    </li>
  );
}

/** The evaluation: rule set and its source, then one explained finding per applicable rule; `children` go under the title (the version choice). */
export function FindingList({ evaluation, children }: { evaluation: PlotDetail['evaluation']; children?: ReactNode }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const rs = evaluation.ruleSet;
  return (
    <section className="panel-section" data-testid="evaluation">
      <h3 className="panel-section__title">{t('panel.evaluation')}</h3>
      {children}
      <div className="ruleset" data-testid="rule-set">
        <div>
          <small>{t('panel.ruleSet')}</small> {rs.name[lang]} <span className="muted">v{rs.version} · {rs.effectiveFrom}</span>
        </div>
        <div className="ruleset__source">
          <small>{t('panel.source')}</small> {rs.source[lang]}
        </div>
      </div>
      <ul className="finding-list">
        {evaluation.findings.map((f) => (
          <Finding key={f.ruleId} f={f} />
        ))}
      </ul>
    </section>
  );
}
