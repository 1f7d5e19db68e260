import { useTranslation } from 'react-i18next';
import type { WarningRow } from '../../../shared/api/idleLandViews';
import { ART12_OPTIONS, ART8_GROUND_LABEL } from '../../../shared/rules/governmentCause';
import { useAppState } from '../../stores/appStore';
import { pick } from '../idle-land/labels';

/** Government-caused delays (Art. 8) apart from the rest: no fee, disposal by the Art. 12 options. */
export function GovernmentList({ rows, onOpen }: { rows: WarningRow[]; onOpen: (plotId: string) => void }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <section className="panel-section" data-testid="government-list">
      <h3 className="panel-section__title">{t('warnings.government')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('warnings.governmentEmpty')}</p>
      ) : (
        <ul className="gov-list">
          {rows.map((r) => (
            <li key={r.plotId}>
              <button type="button" className="link-button mono" onClick={() => onOpen(r.plotId)}>{r.parcelNo}</button> {r.landUser}
              <div className="muted">
                {t('warnings.ground')}：{r.governmentGround ? pick(ART8_GROUND_LABEL[r.governmentGround], lang) : '—'}
                {r.governmentReason ? `；${r.governmentReason}` : ''}
              </div>
            </li>
          ))}
        </ul>
      )}
      <details className="gov-options">
        <summary>{t('warnings.art12')}</summary>
        <ul>
          {ART12_OPTIONS.map((o) => (
            <li key={o.zh}>{pick(o, lang)}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
