import { beforeAll, describe, expect, it } from 'vitest';
import { decodePlotColumns } from '../../shared/api/columnar/plotColumns';
import { addDays, daysBetween } from '../../shared/domain/dates';
import { TEST_NOW } from './seededDb';
import { seededApiSuite } from './seededApiSuite';

const { db, ...api } = seededApiSuite();
const asOf = TEST_NOW.slice(0, 10);

/** Every settings row and every audit row, as stored: a refused call must leave both exactly as they were. */
const snapshot = () =>
  JSON.stringify({
    settings: db.prepare('SELECT key, value FROM settings ORDER BY key').all(),
    audit: db.prepare('SELECT * FROM audit_log ORDER BY rowid').all(),
  });
const settingAudits = (key: string) =>
  db.prepare("SELECT actor, field, old_value AS oldValue, new_value AS newValue FROM audit_log WHERE table_name = 'settings' AND record_id = ? ORDER BY rowid").all(key) as {
    actor: string;
    field: string;
    oldValue: string;
    newValue: string;
  }[];

beforeAll(() => {
  api.call('settings.user.set', { name: '李四' });
});

describe('parameter settings (real SQLite)', () => {
  it('reads the defaults while nothing is stored', () => {
    expect(api.call('settings.local.get', {})).toEqual({ reminderDays: 30, ageBucketYears: [2, 5] });
    expect(api.call('settings.import.get', {})).toEqual({ areaTolerance: 0.05, parseTimeoutSeconds: 30, bounds: { minLon: 114.6, minLat: 35.1, maxLon: 116.4, maxLat: 36.4 } });
    expect(api.call('settings.backup.get', {})).toEqual({ keep: 10 });
  });

  it('saves each group and reads it back, one audit row per changed field naming the user', () => {
    const local = api.call('settings.local.get', {});
    const savedLocal = api.call('settings.local.set', { expected: local, value: { reminderDays: 45, ageBucketYears: [3, 8] } });
    expect(savedLocal).toEqual({ reminderDays: 45, ageBucketYears: [3, 8] });
    expect(api.call('settings.local.get', {})).toEqual(savedLocal);
    expect(settingAudits('parameters.local').map((r) => [r.actor, r.field, JSON.parse(r.oldValue), JSON.parse(r.newValue)])).toEqual([
      ['李四', 'reminderDays', 30, 45],
      ['李四', 'ageBucketYears', [2, 5], [3, 8]],
    ]);

    const imp = api.call('settings.import.get', {});
    const value = { ...imp, areaTolerance: 0.1 };
    expect(api.call('settings.import.set', { expected: imp, value })).toEqual(value);
    expect(api.call('settings.import.get', {})).toEqual(value);
    expect(settingAudits('import.parameters').map((r) => r.field)).toEqual(['areaTolerance']);

    const backup = api.call('settings.backup.get', {});
    expect(api.call('settings.backup.set', { expected: backup, value: { keep: 3 } })).toEqual({ keep: 3 });
    expect(settingAudits('backup.parameters').map((r) => [r.field, r.oldValue, r.newValue])).toEqual([['keep', '10', '3']]);
  });

  it('a save that changes nothing writes nothing (no row, no audit)', () => {
    const before = snapshot();
    const backup = api.call('settings.backup.get', {});
    expect(api.call('settings.backup.set', { expected: backup, value: backup })).toEqual(backup);
    expect(snapshot()).toBe(before);
  });

  it('refuses bad input in English and Chinese naming the field, with the database unchanged', () => {
    const local = api.call('settings.local.get', {});
    const imp = api.call('settings.import.get', {});
    const backup = api.call('settings.backup.get', {});
    const cases: [Parameters<typeof api.fail>[0], unknown, RegExp, RegExp][] = [
      ['settings.local.set', { expected: local, value: { reminderDays: 30, ageBucketYears: [5, 2] } }, /ageBucketYears.*bucket bounds must increase/, /分段界限应逐段递增/],
      ['settings.local.set', { expected: local, value: { reminderDays: 30, ageBucketYears: [0, 2] } }, /ageBucketYears/, /ageBucketYears/],
      ['settings.local.set', { expected: local, value: { reminderDays: 400, ageBucketYears: [2, 5] } }, /reminderDays/, /reminderDays/],
      ['settings.local.set', { expected: local, value: { reminderDays: 1.5, ageBucketYears: [2, 5] } }, /reminderDays/, /reminderDays/],
      ['settings.local.set', { expected: local, value: { ageBucketYears: [2, 5] } }, /reminderDays/, /reminderDays/],
      ['settings.import.set', { expected: imp, value: { ...imp, parseTimeoutSeconds: 0.001 } }, /parseTimeoutSeconds/, /parseTimeoutSeconds/],
      ['settings.import.set', { expected: imp, value: { ...imp, areaTolerance: 0 } }, /areaTolerance: the area tolerance is 0.1–100 %/, /面积容差应在 0.1%–100% 之间/],
      ['settings.import.set', { expected: imp, value: { ...imp, bounds: { minLon: 115, minLat: 35, maxLon: 116.4, maxLat: 36.4 } } }, /whole city/, /濮阳全市/],
      ['settings.import.set', { expected: imp, value: { ...imp, bounds: { minLon: 117, minLat: 35, maxLon: 114, maxLat: 36.4 } } }, /minimum below/, /最小经纬度/],
      ['settings.backup.set', { expected: backup, value: { keep: 0 } }, /keep/, /keep/],
      ['settings.backup.set', { expected: backup, value: { keep: 3, extra: 1 } }, /extra/, /extra/],
    ];
    const before = snapshot();
    for (const [method, input, en, zh] of cases) {
      const e = api.fail(method, input);
      expect(e.code, JSON.stringify(input)).toBe('bad-input');
      expect(e.message).toMatch(en);
      expect(e.messageZh).toMatch(zh);
      expect(e.messageZh).toMatch(/[\u4e00-\u9fff]/u);
    }
    expect(snapshot()).toBe(before);
  });

  it('refuses a stale save (someone saved since the form read) in both languages, writing nothing', () => {
    const read = api.call('settings.local.get', {});
    api.call('settings.local.set', { expected: read, value: { ...read, reminderDays: 50 } });
    const before = snapshot();
    const e = api.fail('settings.local.set', { expected: read, value: { ...read, reminderDays: 70 } });
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(/changed since they were read/);
    expect(e.messageZh).toMatch(/地方惯例参数在读取后已被他人修改/);
    expect(snapshot()).toBe(before);
    expect(api.call('settings.local.get', {}).reminderDays).toBe(50);
  });

  it('a changed reminderDays changes a plot lifecycle at once, in the cached map data too', () => {
    const current = api.call('settings.local.get', {});
    api.call('settings.local.set', { expected: current, value: { ...current, reminderDays: 30 } });
    // A plot not yet due to start whose agreed start is more than 30 days ahead: a longer reminder reaches it.
    const notDue = api.call('warnings.list', { asOf, horizonDays: 366 }).rows.filter((r) => r.status === 'not-due' && r.keyDate !== null && r.governmentCause === false);
    const plot = notDue.find((r) => r.keyDate !== null && daysBetween(asOf, r.keyDate) <= 366);
    if (!plot?.keyDate) throw new Error('the seeded data has no plot due to start within a year');
    const days = daysBetween(asOf, plot.keyDate);
    expect(days).toBeGreaterThan(30);
    const columnStatus = () => decodePlotColumns(api.call('plots.columns', { asOf })).rows.find((r) => r.id === plot.plotId)?.lifecycle;
    expect(columnStatus()).toBe('not-due');
    expect(api.call('plots.get', { asOf, id: plot.plotId }).lifecycle?.status).toBe('not-due');

    api.call('settings.local.set', { expected: api.call('settings.local.get', {}), value: { reminderDays: days, ageBucketYears: current.ageBucketYears } });
    expect(api.call('plots.get', { asOf, id: plot.plotId }).lifecycle?.status).toBe('start-reminder');
    expect(columnStatus()).toBe('start-reminder');
    expect(api.call('warnings.list', { asOf, horizonDays: 30 }).rows.find((r) => r.plotId === plot.plotId)?.status).toBe('start-reminder');
    expect(addDays(asOf, days)).toBe(plot.keyDate);
  });

  it('changed age buckets move batches between buckets at once', () => {
    const current = api.call('settings.local.get', {});
    api.call('settings.local.set', { expected: current, value: { ...current, ageBucketYears: [2, 5] } });
    const batches = api.call('batches.list', { asOf });
    const middle = batches.find((b) => b.bucket === '2-5y' && b.ageYears >= 2 && b.ageYears < 5);
    if (!middle) throw new Error('the seeded data has no batch 2 to 5 years old');
    // Bounds above its age put it in the first bucket; bounds below it, in the last.
    api.call('settings.local.set', { expected: api.call('settings.local.get', {}), value: { ...current, ageBucketYears: [middle.ageYears + 1, middle.ageYears + 2] } });
    expect(api.call('batches.list', { asOf }).find((b) => b.id === middle.id)?.bucket).toBe('<2y');
    api.call('settings.local.set', { expected: api.call('settings.local.get', {}), value: { ...current, ageBucketYears: [1, middle.ageYears] } });
    expect(api.call('batches.list', { asOf }).find((b) => b.id === middle.id)?.bucket).toBe('>=5y');
  });
});
