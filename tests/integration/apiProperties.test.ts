import { createHash } from 'node:crypto';
import { existsSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API, API_METHODS, type ApiMethod } from '../../shared/api/contract';
import { dispatchAsync } from '../../electron/api/dispatch';
import { arbitraryFor, calendarDate, jsonSchemaOf, junk, mutated, type Hints, type Mutation } from '../support/schemaArbitrary';
import { generatedGeoJson } from './generatedPlots';
import { seededApiSuite } from './seededApiSuite';

// Every API method, through the same entry both transports use, with well-formed, mutated and random inputs: each
// call answers in bounded time with data or a typed error (never `internal`), and a refused call changes nothing.
const SEED = 7_2026;
const CALL_LIMIT_MS = 20_000;
const SLOW = new Set<ApiMethod>(['import.preview', 'import.run', 'export.file', 'backup.create', 'report.zone', 'benchmark.ranking', 'benchmark.grading']);
const TYPED = ['bad-input', 'not-found', 'conflict'];

const { db, deps, folder: t } = seededApiSuite({ prefix: 'land-api-props-' });
let hints: Hints;
const slowest = { method: '', ms: 0 };
const tally = new Map<string, number>();

const ids = (sql: string) => (db.prepare(sql).all() as { v: string }[]).map((r) => r.v);
const oneOfOr = (values: string[], fallback: fc.Arbitrary<unknown>) => (values.length > 0 ? fc.oneof(fc.constantFrom(...values), fallback) : fallback);

/** Everything a refused call must leave as it was: every table's rows, and the photo files. */
function fingerprint(): string {
  const hash = createHash('sha256');
  for (const { name } of db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%rtree%' ORDER BY name").all() as { name: string }[]) {
    for (const row of db.prepare(`SELECT * FROM "${name}"`).raw().iterate()) hash.update(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : Buffer.isBuffer(v) ? v.toString('hex') : v)));
  }
  const photos = t.file('photos');
  hash.update(existsSync(photos) ? readdirSync(photos).sort().join('\n') : '');
  return hash.digest('hex');
}
const changes = () => (db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;

async function callChecked(method: string, input: unknown, before: { print: string; changes: number }, mutation?: Mutation): Promise<void> {
  const started = Date.now();
  const answer = await dispatchAsync(deps, method, input, () => {});
  const ms = Date.now() - started;
  if (ms > slowest.ms) Object.assign(slowest, { method, ms });
  const key = `${method} ${answer.ok ? 'ok' : answer.error.code}`;
  tally.set(key, (tally.get(key) ?? 0) + 1);
  if (process.env.PROPS_DEBUG && !answer.ok) console.log(method, answer.error.code, answer.error.message.slice(0, 160));
  expect(ms, `${method} took ${ms} ms`).toBeLessThan(CALL_LIMIT_MS);
  if (answer.ok) {
    before.print = changes() === before.changes ? before.print : fingerprint();
    before.changes = changes();
    return;
  }
  expect(TYPED, `${method}: ${answer.error.code} ${answer.error.message}`).toContain(answer.error.code);
  expect(answer.error.message.length, `${method}: an error message`).toBeGreaterThan(0);
  // Schema errors name the field: an unknown top-level key (every method's input is strict) is named in the message.
  const extra = mutation?.kind === 'extra' && mutation.path.length === 1 ? `${mutation.path[0] ?? ''}Extra` : null;
  if (extra !== null && answer.error.message.startsWith(method)) expect(answer.error.message).toContain(`"${extra}"`);
  // A message names the place; it never echoes a huge input back.
  expect(answer.error.message.length, `${method}: message of ${answer.error.message.length} chars`).toBeLessThan(10_000);
  if (changes() !== before.changes) {
    expect(fingerprint(), `${method} was refused (${answer.error.message.slice(0, 200)}) but changed the database`).toBe(before.print);
    before.changes = changes();
  }
}

/** Stands for the contract's row version at the time of the call (drafts made earlier cannot know it). */
const CURRENT_VERSION = -1;
function withCurrentVersion(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || !('contractVersion' in input) || input.contractVersion !== CURRENT_VERSION) return input;
  const plotId = 'plotId' in input ? input.plotId : null;
  const row = db.prepare('SELECT row_version AS v FROM contracts WHERE plot_id = ?').get(typeof plotId === 'string' ? plotId : '') as { v: number } | undefined;
  return { ...input, contractVersion: row?.v ?? 1 };
}

/** inspections.save has cross-field rules (a started project has a start date…): coherent drafts, varied. */
function inspectionDraft(): fc.Arbitrary<unknown> {
  const past = fc.date({ min: new Date('2015-01-01T00:00:00Z'), max: new Date('2026-11-26T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
  const started = fc.record({ started: fc.constant(true), constructionPermitNo: fc.constant('410901202611010101'), startBasis: fc.constantFrom('piles', 'foundation-pit'), startedOn: past, stage: fc.constantFrom('foundation', 'structure'), percentBuilt: fc.integer({ min: 0, max: 100 }) });
  const notStarted = fc.constant({ started: false, constructionPermitNo: null, startBasis: null, startedOn: null, stage: 'not-started', percentBuilt: null });
  return fc.record({
    plotId: oneOfOr(ids('SELECT plot_id AS v FROM contracts ORDER BY plot_id LIMIT 40'), fc.string({ maxLength: 10 })),
    contractVersion: fc.oneof(fc.constant(CURRENT_VERSION), fc.integer({ min: 1, max: 3 })),
    inspectedAt: fc.constant('2026-11-27T09:30'),
    inspector: fc.constantFrom('李检查', '王'),
    progress: fc.oneof(started, notStarted),
    notes: fc.string({ maxLength: 30 }),
    photos: hints.photos ?? fc.constant([]),
  }).map(({ progress, ...rest }) => ({
    ...rest,
    ...progress,
    planningPermitNo: null,
    developedAreaShare: null,
    investedShare: null,
    suspendedSince: null,
    completedOn: null,
    acceptanceNo: null,
    position: null,
  }));
}

beforeAll(() => {
  const plotIds = ids('SELECT id AS v FROM plots ORDER BY id LIMIT 40');
  const smallImport = Buffer.from(generatedGeoJson('P', 3)).toString('base64');
  hints = {
    asOf: fc.oneof(fc.constant('2026-11-27'), calendarDate),
    plotId: oneOfOr(plotIds, fc.string({ maxLength: 10 })),
    id: oneOfOr(plotIds, fc.string({ maxLength: 10 })),
    zoneId: oneOfOr(ids('SELECT id AS v FROM zones'), fc.string({ maxLength: 10 })),
    caseId: oneOfOr(ids('SELECT id AS v FROM cases LIMIT 20'), fc.string({ maxLength: 10 })),
    photoId: oneOfOr(ids('SELECT id AS v FROM inspection_photos LIMIT 20'), fc.string({ maxLength: 10 })),
    creditCode: oneOfOr(ids('SELECT DISTINCT credit_code AS v FROM plots WHERE credit_code IS NOT NULL LIMIT 20'), fc.string({ maxLength: 18 })),
    contractVersion: fc.integer({ min: 1, max: 3 }),
    rowVersion: fc.integer({ min: 1, max: 3 }),
    inspectedAt: calendarDate.map((d) => `${d}T09:30`),
    year: fc.integer({ min: 2015, max: 2030 }),
    fileName: fc.constantFrom('plots.geojson', 'ledger.csv', 'ledger.xlsx', 'shapes.zip', 'notes.txt'),
    contentBase64: fc.oneof(fc.constant(smallImport), fc.constant(smallImport.slice(0, 200)), fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b).toString('base64'))),
    photos: fc.oneof(fc.constant([]), fc.constant([{ fileName: 'a.jpg', dataBase64: 'AAAA' }])),
  };
});
afterAll(() => {
  console.log(`slowest call: ${slowest.method} ${slowest.ms} ms; answers: ${[...tally].map(([k, n]) => `${k} ×${n}`).join(', ')}`);
});

describe('every API method under random and mutated input', () => {
  it('covers every method of the contract', () => {
    expect(API_METHODS.length).toBeGreaterThan(30);
  });

  for (const method of API_METHODS) {
    it(`${method}: data or a typed error, in bounded time, nothing changed when refused`, async () => {
      const wellFormed = method === 'inspections.save' ? inspectionDraft() : arbitraryFor(jsonSchemaOf(API[method].input), hints);
      const runs = SLOW.has(method) ? 8 : 30;
      const before = { print: fingerprint(), changes: changes() };
      const inputs = fc.oneof(
        { weight: 2, arbitrary: wellFormed.map((value) => ({ value, mutation: undefined })) },
        { weight: 3, arbitrary: mutated(wellFormed) },
        { weight: 1, arbitrary: junk.map((value) => ({ value, mutation: undefined })) },
      );
      await fc.assert(
        fc.asyncProperty(inputs, async ({ value, mutation }) => {
          await callChecked(method, withCurrentVersion(value), before, mutation);
        }),
        { seed: SEED, numRuns: runs, endOnFailure: true },
      );
    }, 240_000);
  }

  it('refuses unknown method names as not-found, changing nothing', async () => {
    const before = { print: fingerprint(), changes: changes() };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'plots.get.', 'PLOTS.GET')), async (method) => {
        fc.pre(!(API_METHODS as readonly string[]).includes(method));
        const answer = await dispatchAsync(deps, method, {}, () => {});
        expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
        expect(fingerprint()).toBe(before.print);
      }),
      { seed: SEED, numRuns: 30 },
    );
  });
});
