import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../shared/api/idleLandViews';
import { CASE_STATE_LABEL } from '../../../shared/rules/disposalCase';
import { Badge } from '../../components/Badge';
import { useAppState } from '../../stores/appStore';
import { pick } from '../idle-land/labels';

/** A case's steps as a timeline, and the legal time limits they set running (met, running or missed). */
export function CaseTimeline({ kase }: { kase: CaseView }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <>
      <h4 className="panel-section__title">{t('cases.timeline')}</h4>
      <ol className="timeline" data-testid="case-timeline">
        {kase.steps.map((s) => (
          <li key={s.id} data-testid="case-step" data-state={s.state}>
            <div className="timeline__head">
              <span className="timeline__date">{s.date}</span>
              <strong>{pick(CASE_STATE_LABEL[s.state], lang)}</strong>
              {s.cause && <Badge tone={s.cause === 'government' ? 'purple' : 'amber'}>{t(`cases.causeLabel.${s.cause}`)}</Badge>}
            </div>
            {s.documentNo && <div className="mono">{s.documentNo}</div>}
            {s.note && <div>{s.note}</div>}
            {s.attachments.length > 0 && <div className="muted">📎 {s.attachments.map((a) => a.name).join('，')}</div>}
            <div className="muted">{t('cases.recordedBy', { name: s.recordedBy })}</div>
          </li>
        ))}
      </ol>
      {kase.deadlines.length > 0 && (
        <>
          <h4 className="panel-section__title">{t('cases.deadlines')}</h4>
          <ul className="deadlines" data-testid="case-deadlines">
            {kase.deadlines.map((d) => (
              <li key={`${d.id}-${d.from}`} data-testid="case-deadline" data-overdue={d.overdue}>
                {t(`agenda.${d.id}`)} · {t('cases.due', { due: d.due })}{' '}
                {d.metOn ? <span className="muted">{t('cases.metOn', { date: d.metOn })}</span> : null}{' '}
                <Badge tone={d.overdue ? 'red' : d.metOn ? 'green' : 'blue'}>{d.overdue ? t('cases.overdueBadge') : d.metOn ? t('cases.onTime') : t('cases.running')}</Badge>
                <small>{pick(d.source, lang)}</small>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
