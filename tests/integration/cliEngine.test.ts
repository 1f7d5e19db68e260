import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_ROOT, runCli, runJson } from './runCli';
import { tempDir } from './tempDb';

const t = tempDir();
afterAll(() => t.remove());
const file = (name: string, data: unknown) => {
  writeFileSync(t.file(name), JSON.stringify(data));
  return t.file(name);
};

interface EvalOut {
  id: string;
  status: string;
  findings: { metric: string; value: number | null; threshold: number; comparator: string; unit: string; result: string; ruleId: string; text: string; source: string }[];
}

describe('evaluate', () => {
  const plots = [
    { id: 'P1', zoneLevel: 'national', zoneLocation: 'central-city', projectType: 'general', landAreaM2: 20000, floorAreaM2: 21000, buildingFootprintM2: 8500, fixedInvestmentWan: 7100, annualTaxWan: 460, operating: true },
    { id: 'P2', zoneLevel: 'provincial', zoneLocation: 'county', projectType: 'standard-factory', landAreaM2: 10000, floorAreaM2: 11000, buildingFootprintM2: null, fixedInvestmentWan: 3510, annualTaxWan: null, operating: false },
  ];
  it('follows the contract through npm run -s cli', () => {
    const r = spawnSync('npm', ['run', '-s', 'cli', '--', 'evaluate', '--input', file('plots.json', plots), '--json'], { cwd: APP_ROOT, encoding: 'utf8' });
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as EvalOut[];
    expect(out.map((e) => [e.id, e.status])).toEqual([['P1', 'compliant'], ['P2', 'noncompliant']]);
    const p2 = out[1]?.findings ?? [];
    expect(p2.find((f) => f.metric === 'plot-ratio')).toMatchObject({ value: 1.1, threshold: 1.2, comparator: '>=', unit: '', result: 'fail' });
    expect(p2.find((f) => f.metric === 'building-density')).toMatchObject({ value: null, threshold: 35, unit: '%', result: 'missing' });
    expect(p2.find((f) => f.metric === 'investment-intensity')).toMatchObject({ value: 234, result: 'pass', unit: '万元/亩' });
    expect(p2.find((f) => f.metric === 'tax-per-mu')).toMatchObject({ result: 'not-applicable' });
    expect(p2.every((f) => f.text.length > 10 && f.source.includes('调研报告'))).toBe(true);
  });
  it('rejects bad input with exit 1, naming id and field, and prints nothing to stdout', () => {
    const r = runCli(['evaluate', '--input', file('bad.json', [{ ...plots[0], id: 'B7', landAreaM2: 0 }, { ...plots[0], id: 'B8', projectType: 'office' }]), '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/B7.*landAreaM2/);
    expect(r.stderr).toMatch(/B8.*projectType/);
    expect(runCli(['evaluate', '--input', t.file('missing.json'), '--json']).code).toBe(1);
    expect(runCli(['evaluate', '--input', file('str.json', [{ ...plots[0], floorAreaM2: '21000' }]), '--json']).stderr).toMatch(/floorAreaM2/);
    expect(runCli(['evaluate', '--input', file('rs.json', plots), '--rule-set', 'nope', '--json']).code).toBe(1);
  });
  it('prints readable Chinese by default and English with --lang en', () => {
    const zh = runCli(['evaluate', '--input', file('p.json', plots)]);
    expect(zh.stdout).toContain('容积率');
    const en = runCli(['evaluate', '--input', file('p.json', plots), '--lang', 'en']);
    expect(en.stdout).toContain('plot ratio');
  });
});

describe('lifecycle and unsupplied', () => {
  it('lifecycle as of a date', () => {
    const plot = { id: 'C1', agreedStartDate: '2022-05-01', actualStartDate: null, agreedCompletionDate: '2024-05-01', actualCompletionDate: null, suspendedSince: null, developedAreaShare: null, investedShare: null, governmentCause: false, landPriceWan: 1200 };
    const out = runJson<{ id: string; status: string; idleSince: string | null; reclaimableFrom: string | null; feeWan: number | null }[]>([
      'lifecycle', '--input', file('l.json', [plot, { ...plot, id: 'C2', governmentCause: true }]), '--as-of', '2023-05-02',
    ]);
    expect(out[0]).toMatchObject({ id: 'C1', status: 'idle', idleSince: '2023-05-02', reclaimableFrom: null, feeWan: 240 });
    expect(out[1]).toMatchObject({ id: 'C2', status: 'idle-government-cause', feeWan: null });
    expect(runCli(['lifecycle', '--input', file('l2.json', [plot]), '--json']).code).toBe(1);
    expect(runCli(['lifecycle', '--input', file('l3.json', [plot]), '--as-of', '2023-02-30', '--json']).code).toBe(1);
    expect(runCli(['lifecycle', '--input', file('l4.json', [{ ...plot, agreedStartDate: '2022/05/01' }]), '--as-of', '2023-01-01', '--json']).stderr).toMatch(/C1.*agreedStartDate/);
  });
  it('unsupplied per batch', () => {
    const batch = { id: 'B1', approvedDate: '2019-06-30', approvedAreaM2: 100000, withdrawnAreaM2: 10000, supplies: [{ date: '2020-01-01', areaM2: 30000 }, { date: '2030-01-01', areaM2: 30000 }] };
    expect(runJson(['unsupplied', '--input', file('u.json', [batch]), '--as-of', '2024-07-01'])).toEqual([
      { id: 'B1', unsuppliedAreaM2: 60000, unsuppliedMu: 90, supplyRate: 0.3, ageYears: 5, bucket: '>=5y' },
    ]);
  });
});
