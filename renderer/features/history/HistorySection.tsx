import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/useApiQuery';
import { useRevision } from '../../stores/revisionStore';
import '../idle-land/idleLand.css';
import { AuditChangeList } from './AuditChangeList';
import './history.css';

/** Plot-panel section: the plot's audit rows, newest first — who, when, what (each field: old → new), why. */
export function HistorySection({ plotId }: { plotId: string }) {
  const { t } = useTranslation();
  const revision = useRevision();
  const { data } = useApiQuery('audit.plot', { plotId }, revision);
  const rows = [...(data ?? [])].reverse();
  return (
    <section className="panel-section" data-testid="history-section">
      <h3 className="panel-section__title">{t('history.heading')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('history.none')}</p>
      ) : (
        <ul className="history" data-testid="history">
          {rows.map((r) => (
            <li key={r.seq} data-testid="history-row" data-table={r.table} data-field={r.field ?? ''}>
              <div className="history__meta">
                {r.at.slice(0, 16).replace('T', ' ')} · {t('history.actor')} {r.actor} · {t(`auditLog.actions.${r.action}`, { defaultValue: r.action })}{' '}
                {t(`auditLog.tables.${r.table}`, { defaultValue: r.table })}
              </div>
              <AuditChangeList row={r} />
              {r.reason && (
                <div className="muted">
                  {t('history.reason')}：{r.reason}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
