import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isNetworkPath } from '../../electron/db/networkPath';
import { runCli, runJson } from './runCli';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';

interface ImportJson { created: number; updated: number; rejected: number; errors: unknown[] }

describe('export, backup and restore through the CLI', () => {
  const tmp = tempDir();
  const db = tmp.file('land.sqlite');
  let plotCount = 0;
  let zonePlots = 0;
  beforeAll(() => {
    const open = openSeeded(db).db;
    plotCount = (open.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n;
    zonePlots = (open.prepare("SELECT count(*) AS n FROM plots WHERE zone_id = 'nanle'").get() as { n: number }).n;
    open.close();
  });
  afterAll(() => tmp.remove());
  const count = () => {
    const open = openSeeded(db).db;
    try {
      return (open.prepare('SELECT count(*) AS n FROM plots').get() as { n: number }).n;
    } finally {
      open.close();
    }
  };

  it.each(['xlsx', 'csv', 'geojson'])('exports %s that the importer reads back as updates of every plot of the zone', (format) => {
    const out = tmp.file(`nanle.${format}`);
    runJson(['export', '--format', format, '--out', out, '--zone', 'nanle', '--db', db]);
    const r = runJson<ImportJson>(['import', out, '--dry-run', '--db', db]);
    expect(r).toEqual({ created: 0, updated: zonePlots, rejected: 0, errors: [] });
  });

  it('writes GeoJSON in lon/lat with the canonical properties and CSV with Chinese headers and units', () => {
    const fc = JSON.parse(readFileSync(tmp.file('nanle.geojson'), 'utf8')) as { features: { properties: Record<string, unknown>; geometry: { coordinates: number[][][] } }[] };
    expect(fc.features).toHaveLength(zonePlots);
    const f = fc.features[0];
    expect(Object.keys(f?.properties ?? {})).toEqual(expect.arrayContaining(['parcelNo', 'supervisionNo', 'landAreaM2', 'zoneId', 'annualTaxWan', 'batchId']));
    const [lon, lat] = f?.geometry.coordinates[0]?.[0] ?? [];
    expect(lon).toBeGreaterThan(114.8);
    expect(lat).toBeGreaterThan(35.3);
    const csv = readFileSync(tmp.file('nanle.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF宗地编号,电子监管号')).toBe(true);
    expect(csv).toContain('用地面积(亩)');
  });

  it('backs up, and restores the backup over later changes, keeping the previous database aside', () => {
    const backup = tmp.file('backup.sqlite');
    const b = runJson<{ integrity: string; schemaVersion: number }>(['backup', '--out', backup, '--db', db]);
    expect(b.integrity).toBe('ok');
    expect(existsSync(`${backup}-wal`)).toBe(false);
    const imported = runJson<ImportJson>(['import', 'tests/fixtures/import/zone38_gbk.zip', '--db', db]);
    expect(imported.created).toBe(3);
    const r = runJson<{ previous: string }>(['restore', backup, '--db', db]);
    expect(existsSync(r.previous)).toBe(true);
    expect(count()).toBe(plotCount);
  });

  it('refuses to restore a file that is not a backup, leaving the database in place', () => {
    const bogus = tmp.file('bogus.sqlite');
    writeFileSync(bogus, 'not a database at all, just text'.repeat(100));
    const r = runCli(['restore', bogus, '--db', db]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a SQLite database');
    expect(count()).toBe(plotCount);
  });
});

describe('network paths', () => {
  const mounts = 'sysfs /sys sysfs rw 0 0\n/dev/sda1 / ext4 rw 0 0\n//nas/share /mnt/nas cifs rw 0 0\nserver:/export /srv/nfs nfs4 rw 0 0\n';
  it.each([
    ['/mnt/nas/land.sqlite', true],
    ['/srv/nfs/a/land.sqlite', true],
    ['/home/u/land.sqlite', false],
    ['/mnt/nasty/land.sqlite', false],
  ])('%s on a network share: %s', (file, expected) => {
    expect(isNetworkPath(file, 'linux', () => mounts)).toBe(expected);
  });
  it('UNC paths are network paths', () => expect(isNetworkPath('\\\\server\\share\\land.sqlite', 'win32')).toBe(true));
});
