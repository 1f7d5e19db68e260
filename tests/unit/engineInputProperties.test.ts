import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidIsoDate, IsoDateSchema } from '../../shared/domain/dates';
import { CLIENT_REPORT_RULE_SET } from '../../shared/rules/clientReportRuleSet';
import { evaluatePlot } from '../../shared/rules/evaluate';
import { lifecycleOf } from '../../shared/rules/lifecycle';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { unsuppliedOf } from '../../shared/rules/unsupplied';
import { EvaluateInputPlot, LifecycleInputPlot, UnsuppliedInputBatch } from '../../shared/schemas/engineInputs';
import { parseEach } from '../../shared/schemas/issues';
import { arbitraryFor, calendarDate, jsonSchemaOf, junk, mutated } from '../support/schemaArbitrary';

// The stateless CLI commands (evaluate / lifecycle / unsupplied) read a JSON array through these schemas (parseEach,
// as electron/cli/inputFile.ts does) and run the engine on what passes. Random and one-field-mutated records either
// pass and evaluate to a well-formed answer, or are refused naming the record and the field, in bounded time.
const SEED = 20261127;
const AS_OF = '2026-11-27';
const hints = { id: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.integer()) };

const finiteOrNull = (v: unknown) => v === null || (typeof v === 'number' && Number.isFinite(v));

const COMMANDS = [
  {
    name: 'evaluate',
    schema: EvaluateInputPlot,
    run: (p: EvaluateInputPlot) => {
      const e = evaluatePlot(p, CLIENT_REPORT_RULE_SET);
      expect(['compliant', 'noncompliant', 'incomplete']).toContain(e.status);
      for (const f of e.findings) expect(finiteOrNull(f.value) && finiteOrNull(f.gap), `${f.metric}: ${String(f.value)} / ${String(f.gap)}`).toBe(true);
    },
  },
  {
    name: 'lifecycle',
    schema: LifecycleInputPlot,
    run: (p: LifecycleInputPlot) => {
      const l = lifecycleOf(p, AS_OF, CLIENT_REPORT_RULE_SET.lifecycle, DEFAULT_LOCAL_PARAMETERS);
      expect(typeof l.status).toBe('string');
      expect(finiteOrNull(l.feeWan)).toBe(true);
      for (const d of [l.idleSince, l.reclaimableFrom]) expect(d === null || isValidIsoDate(d), String(d)).toBe(true);
    },
  },
  {
    name: 'unsupplied',
    schema: UnsuppliedInputBatch,
    run: (b: UnsuppliedInputBatch) => {
      const r = unsuppliedOf(b, AS_OF, DEFAULT_LOCAL_PARAMETERS);
      for (const v of [r.unsuppliedAreaM2, r.unsuppliedMu, r.supplyRate]) expect(Number.isFinite(v), String(v)).toBe(true);
      expect(Number.isInteger(r.ageYears)).toBe(true);
    },
  },
] as const;

describe('engine CLI inputs under random and mutated records', () => {
  for (const command of COMMANDS) {
    it(`${command.name}: evaluates what the schema accepts, refuses the rest naming record and field, in bounded time`, () => {
      const wellFormed = arbitraryFor(jsonSchemaOf(command.schema), hints);
      const records = fc.oneof(
        { weight: 2, arbitrary: wellFormed },
        { weight: 3, arbitrary: mutated(wellFormed).map((m) => m.value) },
        { weight: 1, arbitrary: junk },
      );
      fc.assert(
        fc.property(fc.array(records, { minLength: 1, maxLength: 4 }), (items) => {
          const started = performance.now();
          const parsed = parseEach(command.schema, items);
          if (parsed.ok) for (const value of parsed.values) (command.run as (v: unknown) => void)(value);
          else {
            // "#2.landAreaM2: …" or "id P7 (#0).agreedStartDate: …": the record, then the field when there is one.
            for (const line of parsed.errors) expect(line).toMatch(/^(id .{1,80} )?\(?#\d+\)?(\.[\w.]+)?: \S/u);
            expect(parsed.errors.join('\n').length).toBeLessThan(20_000);
          }
          expect(performance.now() - started).toBeLessThan(2_000);
        }),
        { seed: SEED, numRuns: 300 },
      );
    });
  }
});

describe('dates and numbers at the boundary', () => {
  it('accepts exactly the calendar dates YYYY-MM-DD', () => {
    fc.assert(
      fc.property(calendarDate, (d) => {
        expect(IsoDateSchema.safeParse(d).success).toBe(true);
      }),
      { seed: SEED, numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 12 }), fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/), junk), (v) => {
        const ok = IsoDateSchema.safeParse(v).success;
        if (ok) {
          const [y, m, d] = String(v).split('-').map(Number);
          const back = new Date(Date.UTC(y ?? 0, (m ?? 0) - 1, d ?? 0)).toISOString().slice(0, 10);
          expect(back, String(v)).toBe(v);
        }
      }),
      { seed: SEED, numRuns: 2000 },
    );
    for (const bad of ['2026-02-29', '2025-02-29', '2026-04-31', '2026-00-10', '2026-1-5', '26-11-27', '2026-11-27T00:00']) expect(IsoDateSchema.safeParse(bad).success, bad).toBe(false);
    expect(IsoDateSchema.safeParse('2024-02-29').success).toBe(true);
  });

  it('names a record with a huge id without quoting it whole', () => {
    const r = parseEach(EvaluateInputPlot, [{ id: '宗'.repeat(1_000_000), zoneLevel: 'national', zoneLocation: 'central-city', projectType: 'general', landAreaM2: -5 }]);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors[0]).toMatch(/^id 宗+…? \(#0\)\.landAreaM2: /u);
      expect(r.errors[0]?.length).toBeLessThan(300);
    }
  });

  it('refuses non-finite and out-of-range numbers in every numeric field', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1]) {
      const r = parseEach(EvaluateInputPlot, [{ id: 'P1', zoneLevel: 'national', zoneLocation: 'central-city', projectType: 'general', landAreaM2: value }]);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.join()).toContain('landAreaM2');
    }
  });
});
