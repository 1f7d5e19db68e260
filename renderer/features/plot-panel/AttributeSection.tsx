import { useTranslation } from 'react-i18next';
import type { PlotDetail } from '../../../shared/api/views';
import { landUseLabel } from '../../i18n/domainTerms';
import { fmtM2AsMu, fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { Field } from './Field';

/** Identity of the plot: numbers, land user, project, area in m² and 亩. */
export function AttributeSection({ detail }: { detail: PlotDetail }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  const p = detail.plot;
  const area = `${fmtNumber(p.landAreaM2, lang, 0)} ${t('units.m2')} · ${fmtM2AsMu(p.landAreaM2, lang, 2)} ${t('units.mu')}`;
  return (
    <section className="panel-section" data-testid="attributes">
      <h3 className="panel-section__title">{t('panel.attributes')}</h3>
      <dl className="fields">
        <Field label={t('panel.parcelNo')} value={p.parcelNo} testId="attr-parcelNo" />
        <Field label={t('panel.supervisionNo')} value={p.supervisionNo} />
        <Field label={t('panel.landUser')} value={p.landUser} wide testId="attr-landUser" />
        <Field label={t('panel.creditCode')} value={<span className="mono">{p.creditCode ?? '—'}</span>} wide />
        <Field label={t('panel.project')} value={p.projectName} wide />
        <Field label={t('panel.projectType')} value={t(`projectType.${p.projectType}`)} />
        <Field label={t('panel.zone')} value={lang === 'zh' ? detail.zone.name : detail.zone.nameEn} />
        <Field label={t('panel.landUse')} value={landUseLabel(p.landUseCode, lang)} />
        <Field label={t('panel.industry')} value={p.industryCode} />
        <Field label={t('panel.area')} value={area} wide testId="attr-area" />
        {detail.batch && <Field label={t('panel.batch')} value={`${detail.batch.approvalNo} (${detail.batch.approvalDate})`} wide />}
      </dl>
    </section>
  );
}
