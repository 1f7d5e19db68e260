import { describe, expect, it } from 'vitest';
import { DEFAULT_IMPORT_PARAMETERS } from '../../shared/import/parameters';
import { createPlanner, planImport, type PlanContext } from '../../shared/import/plan';
import type { PlotDraft } from '../../shared/import/records';

const square = (lon: number, lat: number) => ({ type: 'Polygon' as const, coordinates: [[[lon, lat], [lon + 0.001, lat], [lon + 0.001, lat + 0.001], [lon, lat + 0.001], [lon, lat]] as [number, number][]] });
const ctx: PlanContext = {
  zones: [{ id: 'z', name: '甲开发区', shortName: '甲', nameEn: 'Zone A', boundary: square(115, 35.7) }],
  existing: [{ id: 'old', parcelNo: 'P-OLD', supervisionNo: 'S-OLD', zoneId: 'z' }],
  params: DEFAULT_IMPORT_PARAMETERS,
  defaultYear: 2025,
};
const draft = (feature: number, parcelNo: string | undefined, supervisionNo: string | undefined): PlotDraft => ({
  ref: { feature },
  values: { ...(parcelNo ? { parcelNo } : {}), ...(supervisionNo ? { supervisionNo } : {}), zoneName: '甲开发区', landArea: 100 },
  columns: { parcelNo: '宗地编号', supervisionNo: '电子监管号' },
  geometry: square(115.0002, 35.7002),
  geometryAreaM2: 100,
  crs: null,
  warnings: [],
});

describe('import plan', () => {
  it('refuses a second 宗地编号 carrying an 电子监管号 already used in the file, naming the column and the first record', () => {
    const plan = planImport([draft(1, 'P1', 'S1'), draft(2, 'P2', 'S1')], [], ctx);
    expect(plan.writes.map((w) => w.draft.ref)).toEqual([{ feature: 1 }]);
    expect(plan.issues).toHaveLength(1);
    expect(plan.issues[0]).toMatchObject({ ref: { feature: 2 }, field: '电子监管号' });
    expect(plan.issues[0]?.message).toContain('feature 1');
  });

  it('matches by 电子监管号 when the 宗地编号 is new, and gives the same answers one draft at a time', () => {
    const drafts = [draft(1, 'P-NEW', 'S-OLD'), draft(2, 'P1', undefined), draft(3, undefined, 'S9')];
    const whole = planImport(drafts, [], ctx);
    const planner = createPlanner([], ctx);
    const oneByOne = drafts.map((d) => planner.add(d));
    expect(oneByOne.map((w) => w?.kind ?? null)).toEqual(['update', 'create', null]);
    expect(whole.writes.map((w) => [w.kind, w.existing?.id ?? null])).toEqual([['update', 'old'], ['create', null]]);
    expect(planner.plan.writes).toHaveLength(0);
    expect(planner.plan.issues.map((i) => i.ref)).toEqual(whole.issues.map((i) => i.ref));
  });
});

describe('import plan: batches', () => {
  it('refuses a link to a 批次 the database does not know, naming the column', () => {
    const d = { ...draft(1, 'P1', 'S1'), values: { ...draft(1, 'P1', 'S1').values, batchId: 'NOPE' }, columns: { batchId: '批次' } };
    const plan = planImport([d], [{ column: '批次', field: 'batchId', unit: null }], { ...ctx, batchIds: new Set(['B1']) });
    expect(plan.writes).toHaveLength(0);
    expect(plan.issues[0]).toMatchObject({ ref: { feature: 1 }, field: '批次' });
    expect(plan.issues[0]?.messageZh).toContain('NOPE');
  });
});
