import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Db } from '../../electron/db/connection';
import { importFile } from '../../electron/services/import/importFile';
import { IMPORT_FIXTURES, importFixture, runCli } from './runCli';
import { seededForSuite, TEST_NOW } from './seededDb';

const CJK = /[\u4e00-\u9fff]/;

/** A bureau sheet with one mistake per row (row 1 is the header, so data rows are 2…). */
const BAD_SHEET = [
  '宗地编号,开发区,用地面积(㎡),年税收(万元),合同签订日期,是否投产,项目类型,已投资比例,年度',
  'ZH-001,经开区,abc,1,2021-05-01,是,一般工业,0.5,2024',
  'ZH-002,经开区,1000,-5,2021-05-01,是,一般工业,0.5,2024',
  'ZH-003,经开区,1000,1,2021-13-45,是,一般工业,0.5,2024',
  'ZH-004,经开区,1000,1,2021-05-01,也许,一般工业,0.5,2024',
  'ZH-005,经开区,1000,1,2021-05-01,是,商业,0.5,2024',
  'ZH-006,经开区,1000,1,2021-05-01,是,一般工业,1.5,2024',
  'ZH-007,经开区,1000,1,2021-05-01,是,一般工业,0.5,1850',
  'ZH-008,火星开发区,1000,1,2021-05-01,是,一般工业,0.5,2024',
  'ZH-009,经开区,1000,1,2021-05-01,是,一般工业,0.5,2024',
  'ZH-009,经开区,1000,1,2021-05-01,是,一般工业,0.5,2024',
].join('\r\n');

describe('import messages in Chinese', () => {
  let db: Db;
  const tmp = seededForSuite((opened) => (db = opened));

  it('every row error of a sheet carries a Chinese message beside the English one', async () => {
    const r = await importFile(db, { fileName: 'bad.csv', bytes: new TextEncoder().encode(BAD_SHEET), dryRun: true, partial: false, now: new Date(TEST_NOW), actor: 'test' });
    const byRow = new Map(r.errors.map((e) => ['row' in e.ref ? e.ref.row : -1, e]));
    expect(byRow.get(2)?.messageZh).toBe('不是数值：“abc”');
    expect(byRow.get(3)?.messageZh).toBe('不能为负数（-5）');
    expect(byRow.get(4)?.messageZh).toContain('不是日期：“2021-13-45”');
    expect(byRow.get(5)?.messageZh).toBe('应为“是/否”，实为“也许”');
    expect(byRow.get(6)?.messageZh).toContain('未知的项目类型“商业”');
    expect(byRow.get(7)?.messageZh).toContain('比例应在 0 到 1 之间');
    expect(byRow.get(8)?.messageZh).toBe('不是年份：1850');
    expect(byRow.get(9)?.messageZh).toBe('未知的开发区“火星开发区”');
    expect(byRow.get(11)?.messageZh).toBe('ZH-009 重复出现（另见第 10 行）');
    expect(byRow.get(10)?.messageZh).toBe('新增宗地需要图形（Shapefile / GeoJSON 要素，或表格中的 WKT 列）');
    expect(r.errors.length).toBeGreaterThanOrEqual(10);
    for (const e of r.errors) {
      expect(e.messageZh, e.message).toMatch(CJK);
      expect(e.message, e.messageZh).not.toBe(e.messageZh);
    }
  });

  it('geometry errors and warnings of damaged Shapefiles read in Chinese', async () => {
    const cases: [string, string][] = [
      ['damaged_bowtie.zip', '第 1 个多边形第 1 个环：第 1 条边与第 3 条边相交（环自相交）'],
      ['damaged_nan.zip', '第 1 个多边形第 1 个环：坐标必须是有限数值'],
      ['damaged_wrong_zone.zip', '不在濮阳范围内'],
    ];
    for (const [name, zh] of cases) {
      const bytes = importFixture(name);
      const r = await importFile(db, { fileName: name, bytes, dryRun: true, partial: false, now: new Date(), actor: 'test' });
      expect(r.errors.map((e) => e.messageZh).join('\n'), name).toContain(zh);
    }
  });

  it('the CLI prints row errors in Chinese for people and keeps English with --json', () => {
    const human = runCli(['import', join(IMPORT_FIXTURES, 'damaged_bowtie.zip'), '--db', tmp.file('cli.sqlite')]);
    expect(human.code).toBe(1);
    expect(human.stderr).toContain('damaged_bowtie.zip：导入被拒绝，未写入任何数据');
    expect(human.stderr).toContain('damaged_bowtie.zip：第 1 个要素：geometry：第 1 个多边形第 1 个环：第 1 条边与第 3 条边相交（环自相交）');
    const json = runCli(['import', join(IMPORT_FIXTURES, 'damaged_bowtie.zip'), '--db', tmp.file('cli.sqlite'), '--json']);
    expect(json.stderr).toContain('feature 1: geometry: polygon 1 ring 1: edges 1 and 3 cross');
    const english = runCli(['import', join(IMPORT_FIXTURES, 'damaged_bowtie.zip'), '--db', tmp.file('cli.sqlite'), '--lang', 'en']);
    expect(english.stderr).toContain('import refused, nothing written');
  });
});
