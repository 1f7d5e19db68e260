import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTING_KEYS, writeSetting } from '../../electron/db/settings';
import { DEFAULT_BENCHMARK_SETTINGS } from '../../shared/rules/benchmarkSettings';
import { DEFAULT_LOCAL_PARAMETERS } from '../../shared/rules/localParameters';
import { apiCaller, testDeps } from './apiCall';
import { runCli } from './runCli';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';

const AS_OF = '2026-06-30';

/** A bureau changes the settings in its database: the CLI's text and the report's sheet then state the new numbers. */
describe('labels follow the settings in the database', () => {
  const tmp = tempDir('land-labels-');
  const file = tmp.file('labels.sqlite');
  const xlsx = tmp.file('pack.xlsx');
  let belowSize = 0;

  beforeAll(() => {
    const { db } = openSeeded(file);
    const { call } = apiCaller(() => testDeps(db, file));
    const s = DEFAULT_BENCHMARK_SETTINGS;
    call('benchmark.settings.set', {
      settings: { ...s, ranking: { ...s.ranking, groupBy: 'plot-output', revenueThresholdWan: 1_500_000 }, grading: { ...s.grading, belowSizeMinAreaMu: 8 } },
      author: 'test',
    });
    // No API sets the local parameters: the administrator edits the settings table.
    writeSetting(db, SETTING_KEYS.localParameters, { ...DEFAULT_LOCAL_PARAMETERS, ageBucketYears: [3, 8] });
    belowSize = call('benchmark.grading', { asOf: AS_OF, preset: 'henan' }).enterprises.filter((e) => e.ungradedReason === 'below-size').length;
    db.close();
  });
  afterAll(() => tmp.remove());

  it('rank names the groups by the revenue threshold set (150 亿), in both languages; the JSON keeps the group ids', () => {
    const zh = runCli(['rank', '--as-of', AS_OF, '--db', file]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain('第一组：国家级及营业收入150亿元以上省级开发区');
    expect(zh.stdout).toContain('第二组：营业收入150亿元以下省级开发区');
    expect(zh.stdout).not.toContain('200亿');
    const en = runCli(['rank', '--as-of', AS_OF, '--db', file, '--lang', 'en']);
    expect(en.stdout).toContain('Group 2: provincial zones with revenue < 15 bn yuan');
    const json = JSON.parse(runCli(['rank', '--as-of', AS_OF, '--db', file, '--json']).stdout) as { group: string }[];
    expect(new Set(json.map((z) => z.group))).toEqual(new Set(['national-and-large', 'provincial-small']));
  });

  it('grade gives the minimum area set (8 亩) as the reason a 规下 enterprise is not graded', () => {
    expect(belowSize).toBeGreaterThan(0);
    const zh = runCli(['grade', '--as-of', AS_OF, '--db', file]);
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout.split('规下且不足8亩').length - 1).toBe(belowSize);
    expect(zh.stdout).not.toContain('不足5亩');
    expect(runCli(['grade', '--as-of', AS_OF, '--db', file, '--lang', 'en']).stdout).toContain('below size, < 8 mu');
  });

  it('the report’s batch sheet names each batch’s bucket by the bucket years set (3 and 8)', async () => {
    const r = runCli(['report', '--zone', 'all', '--xlsx', xlsx, '--as-of', AS_OF, '--db', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const sheet = (await readXlsxFile(xlsx)).find((s) => s.sheet === '批而未供批次');
    const rows = sheet?.data.slice(2) ?? [];
    expect(rows.length).toBeGreaterThan(0);
    const header = sheet?.data[1] ?? [];
    const age = header.indexOf('批准年限（年）');
    const bucket = header.indexOf('年限分档');
    for (const row of rows) {
      const years = Number(row[age]);
      expect(row[bucket], `age ${years}`).toBe(years < 3 ? '不满3年' : years < 8 ? '3至8年' : '8年以上');
    }
    // The boundaries moved: some batch lands in a bucket the defaults (2, 5) would have named otherwise.
    expect(rows.some((row) => [2, 5, 6, 7].includes(Number(row[age])))).toBe(true);
  });
});
