import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATE_LABEL, TERMINAL_STATES } from '../../../shared/rules/disposalCase';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { Badge } from '../../components/Badge';
import { useAppState } from '../../stores/appStore';
import { useRevision } from '../../stores/revisionStore';
import '../idle-land/idleLand.css';
import { pick } from '../idle-land/labels';
import { useOpenPlot } from '../idle-land/useOpenPlot';
import { CaseStepForm } from './CaseStepForm';
import { CaseTimeline } from './CaseTimeline';

/** 处置案件: every case with its current step and missed limits; the selected one as a timeline with its next step. */
export function CasesView() {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const { asOf, zonesById } = useAppData();
  const revision = useRevision();
  const { data } = useApiQuery('cases.list', { asOf }, revision);
  const [onlyOpen, setOnlyOpen] = useState(true);
  const [selected, setSelected] = useState<string | null>(null);
  const openPlot = useOpenPlot();
  const cases = (data ?? []).filter((c) => !onlyOpen || !TERMINAL_STATES.includes(c.state));
  const current = cases.find((c) => c.id === selected) ?? cases[0];

  return (
    <main className="idle-view" data-testid="cases-view">
      <div className="idle-view__toolbar">
        <h2 className="section-title">{t('cases.heading')}</h2>
        <label>
          <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
          {t('cases.onlyOpen')}
        </label>
        <span className="muted">{cases.length}</span>
      </div>
      <div className="idle-view__body idle-view__body--cases">
        <div className="idle-view__pane">
          {cases.length === 0 && <p className="plot-panel__empty">{t('cases.listEmpty')}</p>}
          <ul className="case-list" data-testid="case-list">
            {cases.map((c) => (
              <li key={c.id} className={c.id === current?.id ? 'is-selected' : undefined} onClick={() => setSelected(c.id)} data-testid="case-item">
                <span className="mono">{c.parcelNo}</span> · {zonesById.get(c.zoneId)?.shortName ?? c.zoneId}{' '}
                <Badge tone={TERMINAL_STATES.includes(c.state) ? 'green' : 'navy'}>{pick(CASE_STATE_LABEL[c.state], lang)}</Badge>
                {c.deadlines.some((d) => d.overdue && d.metOn === null) && <Badge tone="red">{t('cases.overdueBadge')}</Badge>}
                <div className="muted">
                  {c.landUser} · {t('cases.openedOn')} {c.openedOn}
                </div>
              </li>
            ))}
          </ul>
        </div>
        <div className="idle-view__pane case-detail" data-testid="case-detail">
          {current && (
            <>
              <h3 className="section-title">
                <span className="mono">{current.parcelNo}</span> · {current.landUser}{' '}
                <button
                  type="button"
                  className="link-button"
                  onClick={() => openPlot(current.plotId)}
                >
                  {t('cases.gotoPlot')}
                </button>
              </h3>
              <CaseTimeline kase={current} />
              <CaseStepForm key={`${current.id}-${current.rowVersion}`} kase={current} />
            </>
          )}
        </div>
      </div>
    </main>
  );
}
