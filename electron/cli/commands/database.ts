import { LIFECYCLE_LABEL } from '../../../shared/rules/lifecycleText';
import { toPlotRow } from '../../api/handlers';
import { loadZones, zoneExists } from '../../db/queries/zones';
import { assessPlots, summarizeZones } from '../../services/assessments';
import type { CliContext } from '../context';
import { withDatabase } from '../database';
import { CliInputError } from '../errors';
import { asOfFlag, stringFlag } from '../flags';
import { clean, writeJson } from '../output';

export function summaryCommand(ctx: CliContext): void {
  const asOf = asOfFlag(ctx, false);
  const out = withDatabase(ctx, (db) =>
    summarizeZones(db, asOf).map(({ zone, kpi }) => ({
      id: zone.id,
      name: zone.name,
      level: zone.level,
      location: zone.location,
      plotCount: kpi.plotCount,
      landAreaMu: clean(kpi.landAreaMu),
      plotRatio: clean(kpi.plotRatio),
      taxPerMu: clean(kpi.taxPerMu),
      investmentPerMu: clean(kpi.investmentPerMu),
      compliant: kpi.compliant,
      noncompliant: kpi.noncompliant,
      incomplete: kpi.incomplete,
      idleCount: kpi.idleCount,
      idleAreaMu: clean(kpi.idleAreaMu),
      unsuppliedAreaMu: clean(kpi.unsuppliedAreaMu),
      supplyRate: clean(kpi.supplyRate),
    })),
  );
  if (ctx.json) return writeJson(ctx, out);
  const en = ctx.lang === 'en';
  const f = (v: number | null, d: number) => (v === null ? '—' : v.toFixed(d));
  ctx.io.stdout(en ? `Zone summary as of ${asOf}\n` : `开发区汇总（截至 ${asOf}）\n`);
  for (const z of out) {
    ctx.io.stdout(
      en
        ? `${z.name}: ${z.plotCount} plots, ${f(z.landAreaMu, 1)} mu, plot ratio ${f(z.plotRatio, 2)}, tax ${f(z.taxPerMu, 2)} /mu, investment ${f(z.investmentPerMu, 1)} /mu, noncompliant ${z.noncompliant}, idle ${z.idleCount} (${f(z.idleAreaMu, 1)} mu), unsupplied ${f(z.unsuppliedAreaMu, 1)} mu\n`
        : `${z.name}：宗地 ${z.plotCount} 宗，${f(z.landAreaMu, 1)} 亩，容积率 ${f(z.plotRatio, 2)}，亩均税收 ${f(z.taxPerMu, 2)} 万元/亩，投资强度 ${f(z.investmentPerMu, 1)} 万元/亩，不达标 ${z.noncompliant} 宗，闲置 ${z.idleCount} 宗（${f(z.idleAreaMu, 1)} 亩），批而未供 ${f(z.unsuppliedAreaMu, 1)} 亩\n`,
    );
  }
}

export function plotsCommand(ctx: CliContext): void {
  const asOf = asOfFlag(ctx, false);
  const zoneId = stringFlag(ctx, 'zone');
  const out = withDatabase(ctx, (db) => {
    if (zoneId !== undefined && !zoneExists(db, zoneId)) {
      throw new CliInputError([`--zone: unknown zone "${zoneId}" (known: ${loadZones(db).map((z) => z.id).join(', ')})`]);
    }
    // The same population as `summary`: plots on the books as of the date (contract signed by then, or undated).
    return assessPlots(db, asOf, { zoneId }).filter((p) => p.assessment.supplied).map((p) => {
      const { bbox: _bbox, failedRules: _failed, metricsYear: _year, projectName: _name, supplied: _supplied, ...row } = toPlotRow(p);
      return row;
    });
  });
  if (ctx.json) return writeJson(ctx, out);
  const en = ctx.lang === 'en';
  for (const p of out) {
    const life = p.lifecycle === null ? '—' : LIFECYCLE_LABEL[p.lifecycle][en ? 'en' : 'zh'];
    ctx.io.stdout(`${p.parcelNo}\t${p.landUser ?? ''}\t${p.zoneName}\t${p.status}\t${life}\n`);
  }
}
