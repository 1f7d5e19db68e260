import { useTranslation } from 'react-i18next';
import type { Rule } from '../../../shared/rules/ruleSetSchema';
import { useAppState } from '../../stores/appStore';
import { appliesText, requirementText } from './ruleLabels';

function ConfidenceMark({ confidence }: { confidence: Rule['confidence'] }) {
  const { t } = useTranslation();
  if (!confidence) return null;
  const label = t(`ruleSets.confidence${confidence}`);
  return (
    <span className={`rs-conf rs-conf--${confidence}`} title={confidence === 'L' ? t('ruleSets.confidenceLTitle') : undefined} data-testid="rule-confidence">
      [{confidence}] {label}
    </span>
  );
}

/** A version's rules, one readable row each: indicator, requirement with unit, where it applies, the source's words, note, confidence. */
export function RuleTable({ rules }: { rules: readonly Rule[] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <table className="rs-rules" data-testid="rule-table">
      <thead>
        <tr>
          <th>{t('ruleSets.metric')}</th>
          <th>{t('ruleSets.requirement')}</th>
          <th>{t('ruleSets.appliesTo')}</th>
          <th>{t('ruleSets.wording')}</th>
          <th>{t('ruleSets.note')}</th>
          <th>{t('ruleSets.confidence')}</th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r) => (
          <tr key={r.id} data-testid="rule-row" data-rule-id={r.id}>
            <td>{t(`metric.${r.metric}`)}</td>
            <td className="rs-req" data-testid="rule-requirement">
              {requirementText(r, lang)}
              {r.requiresOperating && <div className="rs-sub">{t('ruleSets.operatingOnly')}</div>}
            </td>
            <td>
              {appliesText(r, t).map((line, i) => (
                <div key={i}>
                  {i > 0 && <span className="rs-sub">{t('ruleSets.or')} </span>}
                  {line}
                </div>
              ))}
            </td>
            <td className="rs-wording">“{r.sourceWording}”</td>
            <td className="rs-note">{r.note?.[lang] ?? ''}</td>
            <td>
              <ConfidenceMark confidence={r.confidence} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
