import type { Lang } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { fullYearsLabel } from '../../shared/rules/lifecycleText';
import { fmtPercent } from '../i18n/format';
import { metricLabel, paren, projectTypeLabel, standardText } from './labels';
import { fill, REPORT_TEXT } from './printText';
import { VersionsUsedTable } from './RuleSetVersions';

/** The rules applied, quoted with their source: what a reader needs to check every finding in the report. */
export function Appendix({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = REPORT_TEXT[lang];
  const rs = report.ruleSet;
  const rules = rs.rules.filter((r) => r.projectTypes.length > 0);
  return (
    <div className="page-start appendix">
      <h2>{t.appendixHeading}</h2>
      <p>
        <strong>{`${rs.name[lang]}${paren(`v${rs.version}, ${rs.effectiveFrom}`, lang)}`}</strong>
      </p>
      <p>{`${t.source}${lang === 'zh' ? '：' : ': '}${rs.source[lang]}`}</p>
      <VersionsUsedTable versions={report.ruleSetsUsed} inForceVersion={rs.version} lang={lang} />
      <table className="data" data-testid="rules-table">
        <thead>
          <tr>
            <th>{t.rule}</th>
            <th>{t.standard}</th>
            <th>{t.appliesTo}</th>
            <th>{t.wording}</th>
          </tr>
        </thead>
        <tbody>
          {rules.map((r) => (
            <tr key={r.id}>
              <td className="nowrap">{metricLabel(r.metric, lang)}</td>
              <td className="nowrap">{standardText(r.metric, r.comparator, r.threshold, lang)}</td>
              <td>{`${r.projectTypes.map((p) => projectTypeLabel(p, lang)).join(lang === 'zh' ? '、' : ', ')}${r.requiresOperating ? t.operatingOnly : ''}`}</td>
              <td>
                {`“${r.sourceWording}”`}
                {r.note && <div className="note">{r.note[lang]}</div>}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t.lifecycleLaw}</h3>
      <p>{fill(t.lifecycleLawText, { rate: fmtPercent(rs.idleFeeRate, lang, 0), idleYears: fullYearsLabel(rs.idleAfterYears)[lang], reclaimYears: fullYearsLabel(rs.reclaimAfterYears)[lang] })}</p>
      <p>{`${t.source}${lang === 'zh' ? '：' : ': '}${rs.lifecycleSource[lang]}`}</p>
      {report.dataset.illustrative && <p className="note">{t.illustrative}</p>}
    </div>
  );
}
