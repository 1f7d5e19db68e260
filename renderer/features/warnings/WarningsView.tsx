import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LifecycleStatus } from '../../../shared/domain/enums';
import { needsAttention } from '../../../shared/rules/warningStatuses';
import { useApiQuery } from '../../api/useApiQuery';
import { useAppData } from '../../app/AppData';
import { useRevision } from '../../stores/revisionStore';
import '../idle-land/idleLand.css';
import { UserNameField } from '../idle-land/UserNameField';
import { useOpenPlot } from '../idle-land/useOpenPlot';
import { AgendaList } from './AgendaList';
import { GovernmentList } from './GovernmentList';
import { WarningTable } from './WarningTable';

type StatusFilter = LifecycleStatus | 'attention' | 'all';

/** 预警: every supplied plot's lifecycle as of the date, what falls due in 30 / 90 days, government-caused delays apart. */
export function WarningsView() {
  const { t } = useTranslation();
  const { asOf, zones } = useAppData();
  const revision = useRevision();
  const [horizon, setHorizon] = useState<30 | 90>(30);
  const [zoneId, setZoneId] = useState('');
  const [status, setStatus] = useState<StatusFilter>('attention');
  const [enterprise, setEnterprise] = useState('');
  const { data } = useApiQuery('warnings.list', { asOf, horizonDays: horizon }, revision);
  const openPlot = useOpenPlot();

  const rows = useMemo(() => {
    const needle = enterprise.trim();
    return (data?.rows ?? []).filter(
      (r) =>
        (zoneId === '' || r.zoneId === zoneId) &&
        (status === 'all' || (status === 'attention' ? needsAttention(r.status) : r.status === status)) &&
        (needle === '' || (r.landUser ?? '').includes(needle)),
    );
  }, [data, zoneId, status, enterprise]);
  const agenda = useMemo(() => (data?.agenda ?? []).filter((a) => zoneId === '' || a.zoneId === zoneId), [data, zoneId]);
  const government = useMemo(() => (data?.rows ?? []).filter((r) => r.governmentCause && (zoneId === '' || r.zoneId === zoneId)), [data, zoneId]);

  return (
    <main className="idle-view" data-testid="warnings-view">
      <div className="idle-view__toolbar">
        <h2 className="section-title">{t('warnings.heading')}</h2>
        <label>
          {t('warnings.zone')}
          <select value={zoneId} onChange={(e) => setZoneId(e.target.value)} data-testid="warnings-zone">
            <option value="">{t('warnings.allZones')}</option>
            {(zones ?? []).map((z) => (
              <option key={z.id} value={z.id}>{z.shortName}</option>
            ))}
          </select>
        </label>
        <label>
          {t('warnings.status')}
          <select value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)} data-testid="warnings-status">
            <option value="attention">{t('warnings.attention')}</option>
            <option value="all">{t('warnings.allStatuses')}</option>
            {LifecycleStatus.options.map((s) => (
              <option key={s} value={s}>{t(`lifecycle.${s}`)}</option>
            ))}
          </select>
        </label>
        <label>
          {t('warnings.enterprise')}
          <input value={enterprise} placeholder={t('warnings.enterprisePlaceholder')} onChange={(e) => setEnterprise(e.target.value)} data-testid="warnings-enterprise" />
        </label>
        <span className="muted" data-testid="warnings-count">{t('warnings.count', { shown: rows.length, total: data?.rows.length ?? 0 })}</span>
        <span className="idle-view__spacer" />
        <UserNameField />
      </div>
      <div className="idle-view__body idle-view__body--warnings">
        <WarningTable rows={rows} onOpen={openPlot} />
        <aside className="idle-view__side">
          <section className="panel-section">
            <div className="idle-view__side-head">
              <h3 className="panel-section__title">{t('warnings.agenda')}</h3>
              <div className="segmented" role="group" aria-label={t('warnings.horizon')}>
                {([30, 90] as const).map((d) => (
                  <button key={d} type="button" className={d === horizon ? 'is-active' : ''} aria-pressed={d === horizon} onClick={() => setHorizon(d)} data-testid={`horizon-${d}`}>
                    {t('warnings.days', { count: d })}
                  </button>
                ))}
              </div>
            </div>
            <AgendaList items={agenda} onOpen={openPlot} />
          </section>
          <GovernmentList rows={government} onOpen={openPlot} />
        </aside>
      </div>
    </main>
  );
}
