/** Yearly metrics rows (2021–2025) and the final seed record of a plot. */
import { daysBetween } from '../../shared/domain/dates';
import { m2ToMu } from '../../shared/domain/units';
import type { MetricsSeed, PlotSeed } from '../../shared/schemas/seed';
import { operatingIn, type Draft } from './draft';
import type { Rng } from './prng';

export const METRIC_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
const LAST = 2025;

const r2 = (x: number) => Math.round(x * 100) / 100;
const r1 = (x: number) => Math.round(x * 10) / 10;

function constructionRow(d: Draft, year: number): MetricsSeed {
  const t = d.timeline;
  const start = t.actualStartDate as string;
  const elapsed = daysBetween(start, `${year}-12-31`) / Math.max(1, daysBetween(start, t.agreedCompletionDate));
  const share = Math.min(Math.max(0.05, Math.min(0.95, elapsed)), t.investedShare ?? 1);
  return {
    year,
    operating: false,
    floorAreaM2: null,
    buildingFootprintM2: null,
    fixedInvestmentWan: Math.round(d.committedInvestmentWan * share),
    annualTaxWan: null,
    outputWan: null,
    addedValueWan: null,
    employees: null,
  };
}

export function metricsRows(d: Draft, rng: Rng): MetricsSeed[] {
  const t = d.timeline;
  if (t.actualStartDate === null) return [];
  const startYear = Number(t.actualStartDate.slice(0, 4));
  const doneYear = t.actualCompletionDate === null ? null : Number(t.actualCompletionDate.slice(0, 4));
  const growth = rng.float(1.0, 1.12);
  const outputPerTax = rng.float(8, 18);
  const valueShare = rng.float(0.2, 0.3);
  const outputPerWorker = rng.float(60, 160);
  const mu = m2ToMu(d.landAreaM2);
  const rows: MetricsSeed[] = [];
  for (const year of METRIC_YEARS) {
    if (year < startYear) continue;
    if (doneYear === null || doneYear > year) {
      rows.push(constructionRow(d, year));
      continue;
    }
    const last = year === LAST;
    const floor = last && d.gapFloor ? null : (d.floorCents ?? 0) / 100;
    const operating = operatingIn(d, year);
    const tax = operating ? r2(((d.taxCents ?? 0) / 100) * growth ** (year - LAST)) : null;
    const output = operating && tax !== null ? r1(tax * outputPerTax) : null;
    rows.push({
      year,
      operating,
      floorAreaM2: floor,
      buildingFootprintM2: floor === null ? null : r2(d.density * d.landAreaM2),
      fixedInvestmentWan: last && d.gapInvestment ? null : Math.round(d.investmentPerMu * mu),
      annualTaxWan: last && d.gapTax ? null : tax,
      outputWan: output,
      addedValueWan: output === null ? null : r2(output * valueShare),
      employees: output === null ? null : Math.max(5, Math.round(output / outputPerWorker)),
    });
  }
  return rows;
}

export function plotSeed(d: Draft, rng: Rng): PlotSeed {
  const t = d.timeline;
  return {
    id: d.id,
    parcelNo: d.parcelNo,
    supervisionNo: d.supervisionNo,
    zoneId: d.zone.id,
    projectName: d.projectName,
    landUser: d.enterprise.name,
    creditCode: d.enterprise.creditCode,
    landUseCode: d.landUseCode,
    industryCode: d.industryCode,
    projectType: d.projectType,
    landAreaM2: d.landAreaM2,
    geometry: d.geometry,
    batchId: d.slot.batch?.id ?? null,
    contract: {
      supplyMethod: d.supplyMethod,
      contractDate: t.contractDate,
      landPriceWan: d.landPriceWan,
      agreedStartDate: t.agreedStartDate,
      agreedCompletionDate: t.agreedCompletionDate,
      actualStartDate: t.actualStartDate,
      actualCompletionDate: t.actualCompletionDate,
      suspendedSince: t.suspendedSince,
      developedAreaShare: t.developedAreaShare,
      investedShare: t.investedShare,
      governmentCause: t.governmentCause,
      governmentCauseReason: t.governmentCauseReason,
      agreedPlotRatioMin: d.agreedPlotRatioMin,
      agreedPlotRatioMax: d.agreedPlotRatioMax,
      committedInvestmentWan: d.committedInvestmentWan,
    },
    metrics: metricsRows(d, rng),
  };
}
