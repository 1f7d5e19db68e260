import { ageBucketLabel } from '../../../shared/rules/ageBucketLabel';
import { LIFECYCLE_LABEL } from '../../../shared/rules/lifecycleText';
import { CLIENT_REPORT_RULE_SET } from '../../../shared/rules/clientReportRuleSet';
import { evaluatePlot } from '../../../shared/rules/evaluate';
import { lifecycleOf } from '../../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../../shared/rules/localParameters';
import type { RuleSet } from '../../../shared/rules/ruleSetSchema';
import { unsuppliedOf } from '../../../shared/rules/unsupplied';
import { EvaluateInputPlot, LifecycleInputPlot, UnsuppliedInputBatch } from '../../../shared/schemas/engineInputs';
import type { CliContext } from '../context';
import { CliInputError } from '../errors';
import { asOfFlag, stringFlag } from '../flags';
import { readInputArray } from '../inputFile';
import { writeJson } from '../output';

/** Rule sets the stateless commands know without a database. */
const BUILT_IN_RULE_SETS: readonly RuleSet[] = [CLIENT_REPORT_RULE_SET];

function chooseRuleSet(ctx: CliContext): RuleSet {
  const id = stringFlag(ctx, 'rule-set') ?? CLIENT_REPORT_RULE_SET.id;
  const found = BUILT_IN_RULE_SETS.find((r) => r.id === id);
  if (!found) throw new CliInputError([`--rule-set: unknown rule set "${id}" (known: ${BUILT_IN_RULE_SETS.map((r) => r.id).join(', ')})`]);
  return found;
}

export function evaluateCommand(ctx: CliContext): void {
  const ruleSet = chooseRuleSet(ctx);
  const plots = readInputArray(ctx, EvaluateInputPlot);
  const en = ctx.lang === 'en';
  const out = plots.map((p) => {
    const e = evaluatePlot(p, ruleSet);
    return {
      id: e.id,
      status: e.status,
      findings: e.findings.map((f) => ({
        metric: f.metric,
        value: f.value,
        threshold: f.threshold,
        comparator: f.comparator,
        unit: f.unit,
        result: f.result,
        ruleId: f.ruleId,
        text: en ? f.textEn : f.text,
        source: en ? f.sourceEn : f.source,
        gap: f.gap,
      })),
    };
  });
  if (ctx.json) return writeJson(ctx, out);
  for (const e of out) {
    ctx.io.stdout(`${e.id}: ${e.status}\n`);
    for (const f of e.findings) ctx.io.stdout(`  [${f.result}] ${f.text}\n`);
  }
}

export function lifecycleCommand(ctx: CliContext): void {
  const asOf = asOfFlag(ctx, true);
  const plots = readInputArray(ctx, LifecycleInputPlot);
  const en = ctx.lang === 'en';
  const out = plots.map((p) => {
    const l = lifecycleOf(p, asOf, CLIENT_REPORT_RULE_SET.lifecycle, DEFAULT_LOCAL_PARAMETERS);
    return { id: l.id, status: l.status, idleSince: l.idleSince, reclaimableFrom: l.reclaimableFrom, feeWan: l.feeWan, text: en ? l.textEn : l.text };
  });
  if (ctx.json) return writeJson(ctx, out);
  for (const l of out) ctx.io.stdout(`${l.id}: ${LIFECYCLE_LABEL[l.status][en ? 'en' : 'zh']} — ${l.text}\n`);
}

export function unsuppliedCommand(ctx: CliContext): void {
  const asOf = asOfFlag(ctx, true);
  const batches = readInputArray(ctx, UnsuppliedInputBatch);
  const out = batches.map((b) => {
    const r = unsuppliedOf(b, asOf, DEFAULT_LOCAL_PARAMETERS);
    return {
      id: r.id,
      unsuppliedAreaM2: r.unsuppliedAreaM2,
      unsuppliedMu: r.unsuppliedMu,
      supplyRate: r.supplyRate,
      ageYears: r.ageYears,
      bucket: r.bucket,
    };
  });
  if (ctx.json) return writeJson(ctx, out);
  for (const r of out) {
    const bucket = ageBucketLabel(r.bucket, DEFAULT_LOCAL_PARAMETERS.ageBucketYears)[ctx.lang === 'en' ? 'en' : 'zh'];
    const line =
      ctx.lang === 'en'
        ? `${r.id}: unsupplied ${r.unsuppliedMu.toFixed(2)} mu, supply rate ${(r.supplyRate * 100).toFixed(1)} %, ${r.ageYears} years (${bucket})`
        : `${r.id}：批而未供 ${r.unsuppliedMu.toFixed(2)} 亩，供地率 ${(r.supplyRate * 100).toFixed(1)}%，批准已满 ${r.ageYears} 年（${bucket}）`;
    ctx.io.stdout(`${line}\n`);
  }
}
