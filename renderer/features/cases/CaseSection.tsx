import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlotDetail } from '../../../shared/api/views';
import { CASE_STATE_LABEL, TERMINAL_STATES } from '../../../shared/rules/disposalCase';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { useAppState } from '../../stores/appStore';
import { useRevision } from '../../stores/revisionStore';
import '../idle-land/idleLand.css';
import { pick } from '../idle-land/labels';
import { useWrite } from '../idle-land/useWrite';
import { CaseStepForm } from './CaseStepForm';
import { CaseTimeline } from './CaseTimeline';

/** Plot-panel section: the plot's disposal case (open one, move it along its legal steps, its timeline). */
export function CaseSection({ detail }: { detail: PlotDetail }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { asOf, info } = useAppData();
  const revision = useRevision();
  const plotId = detail.plot.id;
  const cases = useApiQuery('cases.list', { asOf, plotId }, revision);
  const [date, setDate] = useState(info.today);
  const [note, setNote] = useState('');
  const open = useWrite('cases.open');
  if (!detail.contract) return null;
  const mine = (cases.data ?? []).filter((c) => c.plotId === plotId);
  const current = mine.find((c) => !TERMINAL_STATES.includes(c.state)) ?? mine[0];

  return (
    <section className="panel-section" data-testid="case-section">
      <h3 className="panel-section__title">{t('cases.panelHeading')}</h3>
      {current ? (
        <>
          <div className="lifecycle__status">
            {t('cases.state')}：<Badge tone={TERMINAL_STATES.includes(current.state) ? 'green' : 'navy'} testId="case-state">{pick(CASE_STATE_LABEL[current.state], lang)}</Badge>
          </div>
          <CaseTimeline kase={current} />
          <CaseStepForm key={`${current.id}-${current.rowVersion}`} kase={current} />
        </>
      ) : (
        <p className="muted">{t('cases.none')}</p>
      )}
      {(!current || TERMINAL_STATES.includes(current.state)) && (
        <form className="ins-form" onSubmit={(e) => { e.preventDefault(); void open.run({ plotId, asOf, date, note }); }}>
          <label>
            {t('cases.openDate')}
            <input type="date" value={date} data-testid="case-open-date" onChange={(e) => setDate(e.target.value)} />
          </label>
          <label>
            {t('cases.openNote')}
            <input value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="ins-form__actions">
            <button type="submit" className="btn" disabled={open.busy} data-testid="case-open">{t('cases.open')}</button>
            {open.error && <span className="form-error">{open.error}</span>}
          </div>
        </form>
      )}
    </section>
  );
}
