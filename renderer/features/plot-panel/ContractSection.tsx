import { useTranslation } from 'react-i18next';
import type { PlotDetail } from '../../../shared/api/views';
import { fmtDate, fmtNumber } from '../../i18n/format';
import { useAppState } from '../../stores/appStore';
import { Field } from './Field';

/** The supply contract: method, price and the six dates the lifecycle runs on. */
export function ContractSection({ contract }: { contract: PlotDetail['contract'] }) {
  const { t } = useTranslation();
  const lang = useAppState((s) => s.lang);
  if (!contract) {
    return (
      <section className="panel-section" data-testid="contract">
        <h3 className="panel-section__title">{t('panel.contract')}</h3>
        <p className="muted">{t('panel.noContract')}</p>
      </section>
    );
  }
  const c = contract;
  const wan = (v: number | null) => (v === null ? null : `${fmtNumber(v, lang, 1)} ${t('units.wan')}`);
  const ratio =
    c.agreedPlotRatioMin === null && c.agreedPlotRatioMax === null
      ? null
      : `${fmtNumber(c.agreedPlotRatioMin, lang, 2)} – ${fmtNumber(c.agreedPlotRatioMax, lang, 2)}`;
  return (
    <section className="panel-section" data-testid="contract">
      <h3 className="panel-section__title">{t('panel.contract')}</h3>
      <dl className="fields fields--3">
        <Field label={t('panel.supplyMethod')} value={t(`supplyMethod.${c.supplyMethod}`)} />
        <Field label={t('panel.landPrice')} value={wan(c.landPriceWan)} />
        <Field label={t('panel.committedInvestment')} value={wan(c.committedInvestmentWan)} />
        <Field label={t('panel.contractDate')} value={fmtDate(c.contractDate)} testId="date-contract" />
        <Field label={t('panel.agreedStart')} value={fmtDate(c.agreedStartDate)} testId="date-agreedStart" />
        <Field label={t('panel.actualStart')} value={fmtDate(c.actualStartDate)} testId="date-actualStart" />
        <Field label={t('panel.agreedCompletion')} value={fmtDate(c.agreedCompletionDate)} />
        <Field label={t('panel.actualCompletion')} value={fmtDate(c.actualCompletionDate)} />
        <Field label={t('panel.suspended')} value={fmtDate(c.suspendedSince)} />
        <Field label={t('panel.agreedPlotRatio')} value={ratio} />
        <Field
          label={t('panel.governmentCause')}
          value={c.governmentCause ? `${t('panel.yes')}${c.governmentCauseReason ? `：${c.governmentCauseReason}` : ''}` : t('panel.no')}
          wide
        />
      </dl>
    </section>
  );
}
