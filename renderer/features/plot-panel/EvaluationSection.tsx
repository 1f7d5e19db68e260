import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotDetail } from '../../../shared/api/views';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { STATUS_TONE } from '../../components/statusTone';
import { useRevision } from '../../stores/revisionStore';
import { FindingList } from './FindingList';
import './ruleChoice.css';

/** The evaluation of one plot with a choice of rule version; mounted per plot, so selecting another plot resets the choice. */
function ChosenEvaluation({ detail }: { detail: PlotDetail }) {
  const { t } = useTranslation();
  const { asOf } = useAppData();
  const revision = useRevision();
  const [chosen, setChosen] = useState<number | null>(null);
  const official = detail.evaluation;
  const versions = official.versions;
  const { data } = useApiQuery('plots.get', chosen === null ? null : { asOf, id: detail.plot.id, ruleSetVersion: chosen }, revision);
  const whatIf = chosen !== null && data?.plot.id === detail.plot.id && data.evaluation.ruleSet.version === chosen ? data.evaluation : null;
  const shown = whatIf ?? official;

  const choice =
    versions.length > 1 ? (
      <label className="rule-choice">
        <span>{t('ruleChoice.label')}</span>
        <select data-testid="rule-choice" value={chosen ?? ''} onChange={(e) => setChosen(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{t('ruleChoice.byContract', { version: official.inForce.version })}</option>
          {versions
            .filter((v) => v.version !== official.inForce.version)
            .map((v) => (
              <option key={v.version} value={v.version}>
                {t('ruleChoice.other', { version: v.version, from: v.effectiveFrom })}
              </option>
            ))}
        </select>
      </label>
    ) : null;

  const banner =
    whatIf && whatIf.judgedBy === 'chosen' ? (
      <div className="rule-choice__banner" role="note" data-testid="what-if-banner">
        <strong>{t('ruleChoice.whatIfTitle')}</strong>
        <div>
          {t('ruleChoice.whatIfText', { version: whatIf.ruleSet.version, from: whatIf.ruleSet.effectiveFrom })}{' '}
          <Badge tone={STATUS_TONE[whatIf.status]} testId="what-if-status">{t(`status.${whatIf.status}`)}</Badge>
        </div>
        <div>
          {t('ruleChoice.officialText', { version: official.inForce.version })}{' '}
          <Badge tone={STATUS_TONE[official.status]} testId="official-status">{t(`status.${official.status}`)}</Badge>
        </div>
      </div>
    ) : null;

  return (
    <FindingList evaluation={shown}>
      {choice}
      {banner}
    </FindingList>
  );
}

/** The plot panel's evaluation section: the official result, or a what-if under another stored version of its rule set. */
export function EvaluationSection({ detail }: { detail: PlotDetail }) {
  return <ChosenEvaluation key={detail.plot.id} detail={detail} />;
}
