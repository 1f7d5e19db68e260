import { useTranslation } from 'react-i18next';
import type { AgendaItemView } from '../../../shared/api/idleLandViews';
import { Badge } from '../../components/Badge';

/** What falls due in the window, by date; missed case deadlines first. */
export function AgendaList({ items, onOpen }: { items: AgendaItemView[]; onOpen: (plotId: string) => void }) {
  const { t } = useTranslation();
  if (items.length === 0) return <p className="muted">{t('warnings.agendaEmpty')}</p>;
  return (
    <ol className="agenda" data-testid="agenda">
      {items.map((a) => (
        <li key={`${a.kind}-${a.plotId}-${a.caseId ?? ''}-${a.date}`} className={a.overdue ? 'agenda__item agenda__item--overdue' : 'agenda__item'} data-testid="agenda-item" data-kind={a.kind}>
          <span className="agenda__date">{a.date}</span>
          <span className="agenda__what">
            {t(`agenda.${a.kind}`)} {a.overdue && <Badge tone="red">{t('warnings.overdue')}</Badge>}
            <br />
            <button type="button" className="link-button mono" onClick={() => onOpen(a.plotId)}>{a.parcelNo}</button>
            <span className="muted"> {a.landUser ?? ''}</span>
          </span>
        </li>
      ))}
    </ol>
  );
}
