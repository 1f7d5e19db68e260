import type { GradedEnterpriseView, RankedZoneView } from '../../../shared/api/benchmarkViews';
import { ungradedReasonLabel, zoneGroupLabel } from '../../../shared/rules/benchmarkLabels';
import { PresetId } from '../../../shared/rules/benchmarkSettings';
import { BenchmarkYearError, gradingReport, rankingReport } from '../../services/benchmarking';
import type { CliContext } from '../context';
import { withDatabase } from '../database';
import { CliInputError } from '../errors';
import { asOfFlag, stringFlag } from '../flags';
import { clean, writeJson } from '../output';

function yearFlag(ctx: CliContext): number | undefined {
  const v = stringFlag(ctx, 'year');
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v)) throw new CliInputError([`--year must be a year YYYY, got "${v}"`]);
  return Number(v);
}

function presetFlag(ctx: CliContext): PresetId {
  const v = stringFlag(ctx, 'preset') ?? 'henan';
  const parsed = PresetId.safeParse(v);
  if (!parsed.success) throw new CliInputError([`--preset must be henan or zhejiang, got "${v}"`]);
  return parsed.data;
}

function yearErrors<T>(work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof BenchmarkYearError) throw new CliInputError([`--year: ${error.message}`]);
    throw error;
  }
}

const f = (v: number | null, d: number) => (v === null ? '—' : v.toFixed(d));

/** `rank [--year YYYY] --json`: the eight zones ranked within their group on the four Henan indicators. */
export function rankCommand(ctx: CliContext): void {
  const year = yearFlag(ctx);
  const asOf = asOfFlag(ctx, false);
  const report = withDatabase(ctx, (db) => yearErrors(() => rankingReport(db, asOf, year)));
  const out = report.zones.map((z: RankedZoneView) => ({
    id: z.id,
    name: z.name,
    group: z.group,
    score: clean(z.score),
    rank: z.rank,
    indicators: {
      taxPerMu: clean(z.indicators.taxPerMu),
      addedValuePerMu: clean(z.indicators.addedValuePerMu),
      newInvestmentPerMu: clean(z.indicators.newInvestmentPerMu),
      plotRatio: clean(z.indicators.plotRatio),
    },
  }));
  if (ctx.json) return writeJson(ctx, out);
  const en = ctx.lang === 'en';
  ctx.io.stdout(en ? `Zone ranking ${report.year} (weights are an assumption: the official ones are unpublished)\n` : `开发区综合评价排名 ${report.year} 年（权重为假设值，官方权重未公布）\n`);
  let group = '';
  for (const z of out) {
    if (z.group !== group) {
      group = z.group;
      ctx.io.stdout(`\n${zoneGroupLabel(z.group, report)[en ? 'en' : 'zh']}\n`);
    }
    const i = z.indicators;
    ctx.io.stdout(
      en
        ? `${z.rank}. ${z.name}  score ${f(z.score, 1)}  tax ${f(i.taxPerMu, 2)} /mu, added value ${f(i.addedValuePerMu, 2)} /mu, new investment ${f(i.newInvestmentPerMu, 2)} /mu, plot ratio ${f(i.plotRatio, 2)}\n`
        : `${z.rank}. ${z.name}  得分 ${f(z.score, 1)}  亩均税收 ${f(i.taxPerMu, 2)}，亩均规上增加值 ${f(i.addedValuePerMu, 2)}，亩均新增固定资产投资 ${f(i.newInvestmentPerMu, 2)}（万元/亩），综合容积率 ${f(i.plotRatio, 2)}\n`,
    );
  }
}

/** `grade [--year YYYY] [--preset henan|zhejiang] --json`: every enterprise by credit code, scored and classed. */
export function gradeCommand(ctx: CliContext): void {
  const year = yearFlag(ctx);
  const preset = presetFlag(ctx);
  const asOf = asOfFlag(ctx, false);
  const report = withDatabase(ctx, (db) => yearErrors(() => gradingReport(db, asOf, preset, year)));
  if (ctx.json) {
    return writeJson(
      ctx,
      report.enterprises.map((e: GradedEnterpriseView) => ({ creditCode: e.creditCode, landUser: e.landUser, landAreaMu: clean(e.landAreaMu), score: clean(e.score), class: e.class })),
    );
  }
  const en = ctx.lang === 'en';
  const counts = new Map<string, number>();
  for (const e of report.enterprises) counts.set(e.class, (counts.get(e.class) ?? 0) + 1);
  const summary = [...counts].map(([c, n]) => `${c === 'ungraded' ? (en ? 'not graded' : '不参评') : c} ${n}`).join(en ? ', ' : '，');
  ctx.io.stdout(en ? `亩均 enterprise grading ${report.year}, preset ${preset}: ${summary}\n` : `亩均效益评价 ${report.year} 年（${preset === 'henan' ? '河南' : '浙江'}分档）：${summary}\n`);
  for (const e of report.enterprises) {
    const cls = e.class === 'ungraded' ? `${en ? 'not graded' : '不参评'} (${e.ungradedReason ? ungradedReasonLabel(e.ungradedReason, report)[en ? 'en' : 'zh'] : ''})` : e.class;
    ctx.io.stdout(`${e.creditCode}\t${e.landUser}\t${f(e.landAreaMu, 1)} ${en ? 'mu' : '亩'}\t${f(e.score, 1)}\t${cls}\n`);
  }
}
