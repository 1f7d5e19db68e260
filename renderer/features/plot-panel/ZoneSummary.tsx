import { useTranslation } from 'react-i18next';
import type { ZoneView } from '../../../shared/api/views';
import { Badge } from '../../components/Badge';
import { fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { Field } from './Field';

/** Shown in the panel while a zone is picked and no plot: what the zone is, before its plots are opened. */
export function ZoneSummary({ zone }: { zone: ZoneView }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  return (
    <div className="plot-panel__body" data-testid="zone-summary">
      <div className="plot-title">
        <div className="plot-title__no plot-title__no--text">{lang === 'zh' ? zone.name : zone.nameEn}</div>
        <div className="plot-title__name">
          <Badge tone={zone.level === 'national' ? 'navy' : 'blue'}>{t(`level.${zone.level}`)}</Badge>{' '}
          <Badge tone={zone.location === 'central-city' ? 'teal' : 'grey'}>{t(`location.${zone.location}`)}</Badge>
        </div>
      </div>
      <section className="panel-section">
        <h3 className="panel-section__title">{t('zoneInfo.heading')}</h3>
        <dl className="fields">
          <Field label={t('zoneInfo.county')} value={zone.county} />
          <Field label={t('zoneInfo.plannedArea')} value={`${fmtNumber(zone.plannedAreaHa, lang, 0)} ${t('units.ha')}`} />
          <Field label={t('zones.leading')} value={zone.leadingIndustries.join('、')} wide />
          <Field label={t('zoneInfo.locationNote')} value={zone.locationNote} wide />
        </dl>
      </section>
      <p className="plot-panel__empty">{t('panel.empty')}</p>
    </div>
  );
}
