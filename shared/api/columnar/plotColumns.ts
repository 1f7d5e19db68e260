import { z } from 'zod';
import type { AreaGeometry, Bbox } from '../../domain/geometry';
import { EvaluationStatus, LifecycleStatus, ProjectType } from '../../domain/enums';
import type { PlotRow, PlotShape } from '../views';
import { base64ToInt32, int32ToBase64 } from './base64';
import { COORD_SCALE, encodeGeometries, GeometryColumns, GeometryTable } from './geometryColumns';

/* Every PlotRow field, by how it travels: unique strings as arrays, repeated strings as a dictionary plus indexes
   (-1 = null), numbers as arrays, booleans as 0/1. Sent once for the map and the table instead of 100k JSON objects. */
const TEXT_KEYS = ['id', 'parcelNo', 'supervisionNo', 'landUser', 'creditCode', 'projectName'] as const;
const DICT_KEYS = [
  'zoneId', 'zoneName', 'projectType', 'landUseCode', 'industryCode', 'contractDate', 'agreedStartDate', 'agreedCompletionDate',
  'actualStartDate', 'actualCompletionDate', 'suspendedSince', 'batchId', 'status', 'lifecycle',
] as const;
const NUM_KEYS = [
  'landAreaM2', 'floorAreaM2', 'buildingFootprintM2', 'fixedInvestmentWan', 'annualTaxWan', 'landPriceWan', 'developedAreaShare',
  'investedShare', 'metricsYear',
] as const;
const FLAG_KEYS = ['operating', 'governmentCause', 'supplied'] as const;
type Covered = (typeof TEXT_KEYS)[number] | (typeof DICT_KEYS)[number] | (typeof NUM_KEYS)[number] | (typeof FLAG_KEYS)[number] | 'failedRules' | 'bbox';
// Compile-time: a PlotRow field added later must be given a column here.
const everyFieldHasAColumn: Exclude<keyof PlotRow, Covered> extends never ? true : never = true;
void everyFieldHasAColumn;

const Dict = z.object({ values: z.array(z.string()), index: z.array(z.number().int().min(-1)) });
type Dict = z.infer<typeof Dict>;

export const PlotColumns = z.object({
  count: z.number().int().min(0),
  /** Each text column as one string plus the length of every value (-1 = null, int32 base64): one JSON string
      serialises and parses several times faster than 100k short ones. */
  text: z.record(z.enum(TEXT_KEYS), z.object({ joined: z.string(), lengths: z.string() })),
  dict: z.record(z.enum(DICT_KEYS), Dict),
  num: z.record(z.enum(NUM_KEYS), z.array(z.number().nullable())),
  flag: z.record(z.enum(FLAG_KEYS), z.array(z.union([z.literal(0), z.literal(1)]))),
  failedRules: z.object({ values: z.array(z.string()), lists: z.array(z.array(z.number().int().min(0))) }),
  /** minLon, minLat, maxLon, maxLat per plot as int32 base64 in COORD_SCALE units, rounded outwards. */
  bbox: z.string(),
  geometry: GeometryColumns,
});
export type PlotColumns = z.infer<typeof PlotColumns>;

function dictOf(values: readonly (string | null)[]): Dict {
  const ids = new Map<string, number>();
  const index = values.map((v) => {
    if (v === null) return -1;
    let i = ids.get(v);
    if (i === undefined) ids.set(v, (i = ids.size));
    return i;
  });
  return { values: [...ids.keys()], index };
}

function joinText(values: readonly (string | null)[]): { joined: string; lengths: string } {
  return { joined: values.join(''), lengths: int32ToBase64(Int32Array.from(values, (v) => (v === null ? -1 : v.length))) };
}

function splitText(name: string, column: { joined: string; lengths: string } | undefined): (string | null)[] | undefined {
  if (!column) return undefined;
  const lengths = base64ToInt32(column.lengths, name);
  const out = new Array<string | null>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] ?? -1;
    out[i] = len < 0 ? null : column.joined.slice(at, (at += len));
  }
  if (at !== column.joined.length) throw new Error(`plot column ${name}: lengths cover ${at} of ${column.joined.length} characters`);
  return out;
}

/** Server side: rows and their geometries (same order, same length) into columns. */
export function encodePlotColumns(rows: readonly PlotRow[], geometries: readonly AreaGeometry[]): PlotColumns {
  if (rows.length !== geometries.length) throw new Error(`${rows.length} rows but ${geometries.length} geometries`);
  const pick = <K extends keyof PlotRow>(k: K) => rows.map((r) => r[k]);
  const rules = dictOf(rows.flatMap((r) => r.failedRules));
  const ruleIds = new Map(rules.values.map((v, i) => [v, i]));
  return {
    count: rows.length,
    text: Object.fromEntries(TEXT_KEYS.map((k) => [k, joinText(pick(k))])) as PlotColumns['text'],
    dict: Object.fromEntries(DICT_KEYS.map((k) => [k, dictOf(pick(k))])) as PlotColumns['dict'],
    num: Object.fromEntries(NUM_KEYS.map((k) => [k, pick(k)])) as PlotColumns['num'],
    flag: Object.fromEntries(FLAG_KEYS.map((k) => [k, rows.map((r) => (r[k] ? 1 : 0))])) as PlotColumns['flag'],
    failedRules: { values: rules.values, lists: rows.map((r) => r.failedRules.map((id) => ruleIds.get(id) ?? 0)) },
    bbox: int32ToBase64(Int32Array.from(rows.flatMap(({ bbox: [a, b, c, d] }) => [Math.floor(a * COORD_SCALE), Math.floor(b * COORD_SCALE), Math.ceil(c * COORD_SCALE), Math.ceil(d * COORD_SCALE)]))),
    geometry: encodeGeometries(geometries),
  };
}

/** A plot shape whose geometry is built from the columns the first time it is asked for. */
class ColumnShape implements PlotShape {
  private built: AreaGeometry | null = null;
  constructor(
    readonly id: string,
    readonly zoneId: string,
    readonly bbox: Bbox,
    private readonly table: GeometryTable,
    private readonly index: number,
  ) {}
  get geometry(): AreaGeometry {
    return (this.built ??= this.table.geometryAt(this.index));
  }
}

function column<T, A extends ArrayLike<T> = readonly T[]>(name: string, values: A | undefined, count: number): A {
  if (!values || values.length !== count) throw new Error(`plot column ${name} has ${values?.length ?? 0} values, expected ${count}`);
  return values;
}

/** Renderer side: columns back into PlotRows and lazily built shapes (no per-row schema validation: 100k rows). */
export function decodePlotColumns(c: PlotColumns): { rows: PlotRow[]; shapes: PlotShape[] } {
  const n = c.count;
  const text = (k: (typeof TEXT_KEYS)[number]) => column(k, splitText(k, c.text[k]), n);
  const num = (k: (typeof NUM_KEYS)[number]) => column(k, c.num[k], n);
  const flag = (k: (typeof FLAG_KEYS)[number]) => column(k, c.flag[k], n);
  const dict = (k: (typeof DICT_KEYS)[number]) => {
    const d = c.dict[k];
    const index = column(k, d?.index, n);
    const values = d?.values ?? [];
    return (i: number): string | null => {
      const at = index[i] ?? -1;
      return at < 0 ? null : (values[at] ?? null);
    };
  };
  // Enum dictionaries are small: validate them once, so every row's enum field is known to be valid.
  const enumDict = <T extends string>(k: 'status' | 'lifecycle' | 'projectType', schema: z.ZodType<T>) => {
    schema.array().parse(c.dict[k]?.values ?? []);
    return dict(k) as (i: number) => T | null;
  };
  const [id, parcelNo, supervisionNo, landUser, creditCode, projectName] = TEXT_KEYS.map(text);
  const [zoneId, zoneName, landUseCode, industryCode, contractDate, agreedStartDate, agreedCompletionDate, actualStartDate, actualCompletionDate, suspendedSince, batchId] = (
    ['zoneId', 'zoneName', 'landUseCode', 'industryCode', 'contractDate', 'agreedStartDate', 'agreedCompletionDate', 'actualStartDate', 'actualCompletionDate', 'suspendedSince', 'batchId'] as const
  ).map(dict);
  const status = enumDict('status', EvaluationStatus);
  const lifecycle = enumDict('lifecycle', LifecycleStatus);
  const projectType = enumDict('projectType', ProjectType);
  const [landAreaM2, floorAreaM2, buildingFootprintM2, fixedInvestmentWan, annualTaxWan, landPriceWan, developedAreaShare, investedShare, metricsYear] = NUM_KEYS.map(num);
  const [operating, governmentCause, supplied] = FLAG_KEYS.map(flag);
  const rules = column('failedRules', c.failedRules.lists, n);
  const box = column('bbox', base64ToInt32(c.bbox, 'bbox'), 4 * n);
  const geometry = new GeometryTable(c.geometry, n);
  if (!id || !parcelNo || !supervisionNo || !landUser || !creditCode || !projectName || !zoneId || !zoneName || !landUseCode || !industryCode) throw new Error('plot columns missing');
  if (!contractDate || !agreedStartDate || !agreedCompletionDate || !actualStartDate || !actualCompletionDate || !suspendedSince || !batchId) throw new Error('plot columns missing');
  if (!landAreaM2 || !floorAreaM2 || !buildingFootprintM2 || !fixedInvestmentWan || !annualTaxWan || !landPriceWan || !developedAreaShare || !investedShare || !metricsYear || !operating || !governmentCause || !supplied) throw new Error('plot columns missing');

  const rows: PlotRow[] = new Array<PlotRow>(n);
  const shapes: PlotShape[] = new Array<PlotShape>(n);
  for (let i = 0; i < n; i++) {
    const bbox: Bbox = [(box[4 * i] ?? 0) / COORD_SCALE, (box[4 * i + 1] ?? 0) / COORD_SCALE, (box[4 * i + 2] ?? 0) / COORD_SCALE, (box[4 * i + 3] ?? 0) / COORD_SCALE];
    const rowId = id[i] ?? '';
    const rowZone = zoneId(i) ?? '';
    rows[i] = {
      parcelNo: parcelNo[i] ?? '',
      supervisionNo: supervisionNo[i] ?? null,
      landUser: landUser[i] ?? null,
      creditCode: creditCode[i] ?? null,
      zoneId: rowZone,
      zoneName: zoneName(i) ?? '',
      projectType: projectType(i) ?? 'general',
      landUseCode: landUseCode(i),
      industryCode: industryCode(i),
      landAreaM2: landAreaM2[i] ?? 0,
      floorAreaM2: floorAreaM2[i] ?? null,
      buildingFootprintM2: buildingFootprintM2[i] ?? null,
      fixedInvestmentWan: fixedInvestmentWan[i] ?? null,
      annualTaxWan: annualTaxWan[i] ?? null,
      operating: operating[i] === 1,
      contractDate: contractDate(i),
      landPriceWan: landPriceWan[i] ?? null,
      agreedStartDate: agreedStartDate(i),
      agreedCompletionDate: agreedCompletionDate(i),
      actualStartDate: actualStartDate(i),
      actualCompletionDate: actualCompletionDate(i),
      suspendedSince: suspendedSince(i),
      developedAreaShare: developedAreaShare[i] ?? null,
      investedShare: investedShare[i] ?? null,
      governmentCause: governmentCause[i] === 1,
      batchId: batchId(i),
      id: rowId,
      projectName: projectName[i] ?? '',
      status: status(i) ?? 'incomplete',
      lifecycle: lifecycle(i),
      supplied: supplied[i] === 1,
      failedRules: (rules[i] ?? []).map((r) => c.failedRules.values[r] ?? ''),
      metricsYear: metricsYear[i] ?? null,
      bbox,
    };
    shapes[i] = new ColumnShape(rowId, rowZone, bbox, geometry, i);
  }
  return { rows, shapes };
}
