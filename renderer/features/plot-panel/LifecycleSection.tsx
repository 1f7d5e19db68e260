import { useTranslation } from 'react-i18next';
import type { PlotDetail } from '../../../shared/api/views';
import { Badge } from '../../components/Badge';
import { LIFECYCLE_TONE } from '../../components/statusTone';
import { fmtDate, fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { Field } from './Field';

/** Lifecycle as of the date: its label and sentence, and the idle-land dates and fee when they apply. */
export function LifecycleSection({ lifecycle }: { lifecycle: PlotDetail['lifecycle'] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  if (!lifecycle) return null;
  return (
    <section className="panel-section" data-testid="lifecycle">
      <h3 className="panel-section__title">{t('panel.lifecycle')}</h3>
      <div className="lifecycle__status">
        <Badge tone={LIFECYCLE_TONE[lifecycle.status]} testId="lifecycle-status">{t(`lifecycle.${lifecycle.status}`)}</Badge>
      </div>
      <p className="lifecycle__text" data-testid="lifecycle-text">{lang === 'zh' ? lifecycle.text : lifecycle.textEn}</p>
      {(lifecycle.idleSince || lifecycle.reclaimableFrom || lifecycle.feeWan !== null) && (
        <dl className="fields fields--3">
          <Field label={t('panel.idleSince')} value={fmtDate(lifecycle.idleSince)} />
          <Field label={t('panel.reclaimableFrom')} value={fmtDate(lifecycle.reclaimableFrom)} />
          <Field
            label={t('panel.fee')}
            value={lifecycle.feeWan === null ? fmtNumber(null, lang) : `${fmtNumber(lifecycle.feeWan, lang, 2)} ${t('units.wan')}`}
          />
        </dl>
      )}
    </section>
  );
}
