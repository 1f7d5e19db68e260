import type { Lang } from '../../shared/domain/enums';
import type { ZoneReport } from '../../shared/report/reportViews';
import { belowFiveYearFloor, FIVE_YEAR_SUPPLY_FLOOR } from '../../shared/rules/unsuppliedRates';
import { fmtM2AsMu, fmtPercent } from '../i18n/format';
import { fill, REPORT_TEXT } from './printText';

const TEXT = {
  zh: {
    indicator: '指标',
    value: '本区数值',
    basis: '口径',
    supplyRate: '供地率',
    supplyBasis: '已供应面积 / 批准面积（截至评价基准日已批准的全部批次）',
    fiveYear: '近五年供地率',
    fiveYearBasis: '{{count}} 个批次批准未满 {{years}} 年（按《民法典》期间计算）：已供应 {{supplied}} 亩 / 批准 {{approved}} 亩',
    fiveYearBasisOne: '{{count}} 个批次批准未满 {{years}} 年（按《民法典》期间计算）：已供应 {{supplied}} 亩 / 批准 {{approved}} 亩',
    disposal: '本年处置率',
    disposalBasis: '{{from}} 至 {{to}} 供应 {{disposed}} 亩 / 期初批而未供 {{stock}} 亩',
    note: '{{source}}：近五年平均供地率低于 {{floor}} 的市、县，除国家重点项目和民生项目外暂停新增建设用地审批（该红线针对市、县，区级数值仅供对照）。核减撤回面积无日期，未计入本年处置率；期初批而未供已扣除全部核减撤回面积，期内新批批次不计入。',
  },
  en: {
    indicator: 'Indicator',
    value: 'Zone value',
    basis: 'Basis',
    supplyRate: 'Supply rate',
    supplyBasis: 'Supplied / approved area (every batch approved by the as-of date)',
    fiveYear: 'Five-year supply rate',
    fiveYearBasis: '{{count}} batches approved less than {{years}} years ago (Civil Code periods): {{supplied}} mu supplied / {{approved}} mu approved',
    fiveYearBasisOne: '{{count}} batch approved less than {{years}} years ago (Civil Code periods): {{supplied}} mu supplied / {{approved}} mu approved',
    disposal: 'Disposal rate this year',
    disposalBasis: '{{disposed}} mu supplied {{from}} to {{to}} / {{stock}} mu unsupplied at the start',
    note: "{{source}}: cities and counties whose five-year average supply rate is below {{floor}} get no new construction-land approval, except national key and livelihood projects (the floor applies to cities and counties; a zone's figure is for comparison). Withdrawn areas carry no date and are not counted in the disposal rate; the unsupplied area at the start is net of every withdrawal, and batches approved in the period are left out.",
  },
};

/** 供地率, 近五年供地率 and 本年处置率 of the zone, at the head of the report's 批而未供 section. */
export function UnsuppliedRates({ report, lang }: { report: ZoneReport; lang: Lang }) {
  const t = TEXT[lang];
  const { fiveYear, disposal } = report.zone.kpi.unsuppliedRates;
  const floor = fmtPercent(FIVE_YEAR_SUPPLY_FLOOR.rate, lang, 0);
  return (
    <div className="keep-together" data-testid="unsupplied-rates">
      <table className="data">
        <thead>
          <tr>
            <th>{t.indicator}</th>
            <th className="num">{t.value}</th>
            <th>{t.basis}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{t.supplyRate}</td>
            <td className="num">{fmtPercent(report.zone.kpi.supplyRate, lang)}</td>
            <td>{t.supplyBasis}</td>
          </tr>
          <tr>
            <td>{t.fiveYear}</td>
            <td className="num">
              {fmtPercent(fiveYear.rate, lang)}
              {belowFiveYearFloor(fiveYear.rate) && <div className="flag-below">{fill(REPORT_TEXT[lang].belowFloor, { floor })}</div>}
            </td>
            <td>{fill(fiveYear.batches === 1 ? t.fiveYearBasisOne : t.fiveYearBasis, { count: fiveYear.batches, years: FIVE_YEAR_SUPPLY_FLOOR.windowYears, supplied: fmtM2AsMu(fiveYear.suppliedAreaM2, lang, 1), approved: fmtM2AsMu(fiveYear.approvedAreaM2, lang, 1) })}</td>
          </tr>
          <tr>
            <td>{t.disposal}</td>
            <td className="num">{fmtPercent(disposal.rate, lang)}</td>
            <td>{fill(t.disposalBasis, { from: disposal.from, to: disposal.to, disposed: fmtM2AsMu(disposal.disposedAreaM2, lang, 1), stock: fmtM2AsMu(disposal.unsuppliedAtStartM2, lang, 1) })}</td>
          </tr>
        </tbody>
      </table>
      <p className="note">{fill(t.note, { source: FIVE_YEAR_SUPPLY_FLOOR.source[lang], floor })}</p>
    </div>
  );
}
