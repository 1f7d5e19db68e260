import { useTranslation } from 'react-i18next';
import type { WarningRow } from '../../../shared/api/idleLandViews';
import { CASE_STATE_LABEL } from '../../../shared/rules/disposalCase';
import { Badge } from '../../components/Badge';
import { LIFECYCLE_TONE } from '../../components/statusTone';
import { fmtDate, fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { pick } from '../idle-land/labels';

/** Supplied plots with their lifecycle status and the dates that drive it; a row opens the plot on the map. */
export function WarningTable({ rows, onOpen }: { rows: WarningRow[]; onOpen: (plotId: string) => void }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <div className="idle-table-wrap">
      <table className="idle-table" data-testid="warnings-table">
        <thead>
          <tr>
            <th>{t('warnings.parcel')}</th>
            <th>{t('warnings.landUser')}</th>
            <th>{t('warnings.status')}</th>
            <th>{t('warnings.keyDate')}</th>
            <th>{t('warnings.idleSince')}</th>
            <th>{t('warnings.reclaimableFrom')}</th>
            <th className="num">{t('warnings.fee')}</th>
            <th>{t('warnings.case')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.plotId} data-testid="warning-row" data-plot-id={r.plotId} data-status={r.status} onClick={() => onOpen(r.plotId)} className="is-clickable">
              <td className="mono">{r.parcelNo}</td>
              <td>{r.landUser ?? '—'}</td>
              <td>
                <Badge tone={LIFECYCLE_TONE[r.status]}>{t(`lifecycle.${r.status}`)}</Badge>
              </td>
              <td>{fmtDate(r.keyDate)}</td>
              <td>{fmtDate(r.idleSince)}</td>
              <td>{fmtDate(r.reclaimableFrom)}</td>
              <td className="num">{r.feeWan === null ? '—' : `${fmtNumber(r.feeWan, lang, 2)} ${t('units.wan')}`}</td>
              <td data-testid="warning-case">{r.caseState ? pick(CASE_STATE_LABEL[r.caseState], lang) : t('warnings.noCase')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="plot-panel__empty">{t('warnings.empty')}</p>}
    </div>
  );
}
