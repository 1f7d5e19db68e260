import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportJobStatus } from '../../shared/api/methods/importJobs';
import { callApi, startAppServer, type AppServer } from '../e2e/appServer';
import { fileErrorReason, isFileErrorCode } from '../../shared/import/fileErrors';
import { generatedImport } from './generatedPlots';
import { IMPORT_FIXTURES, importFixture, runCli } from './runCli';
import { countIn, tempDir } from './tempDb';

const PHASES = ['reading', 'parsing', 'validating', 'writing'];

/** Import as a job over the real HTTP server (`serve` in a child process): progress while it runs, cancel at any point. */
describe('import jobs over HTTP', () => {
  let server: AppServer;
  let dbFile: string;
  const count = (sql: string) => countIn(dbFile, sql);
  const start = (prefix: string, n: number) => callApi<{ jobId: string }>(server, 'import.start', generatedImport(prefix, n));
  const status = (jobId: string) => callApi<ImportJobStatus>(server, 'import.status', { jobId });

  beforeAll(async () => {
    server = await startAppServer();
    dbFile = (await callApi<{ databasePath: string }>(server, 'app.info', {})).databasePath;
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('cancels a large import in the middle of its write: status cancelled, rolled back, no plot and no audit row written', async () => {
    const plotsBefore = count('SELECT count(*) AS n FROM plots');
    const auditBefore = count('SELECT count(*) AS n FROM audit_log');
    const { jobId } = await start('CANCEL', 60_000);
    // Cancelled after the parse, once records are being checked and written in the import's transaction.
    await expect.poll(async () => { const s = await status(jobId); return s.phase === 'writing' && (s.done ?? 0) > 0; }, { timeout: 60_000, interval: 10 }).toBe(true);
    const first = await status(jobId);
    expect(first.state).toBe('running');
    expect(first.cancellable).toBe(true);
    expect(first.total).toBe(60_000);
    const answer = await callApi<ImportJobStatus>(server, 'import.cancel', { jobId });
    expect(answer.cancelRequested).toBe(true);
    await expect.poll(async () => (await status(jobId)).state, { timeout: 20_000, interval: 50 }).toBe('cancelled');
    const final = await status(jobId);
    expect(final.result).toBeNull();
    expect(final.error).toBeNull();
    expect(count('SELECT count(*) AS n FROM plots')).toBe(plotsBefore);
    expect(count('SELECT count(*) AS n FROM audit_log')).toBe(auditBefore);
  });

  it('runs a large import to the end with its progress moving forward, then shows the result', async () => {
    const n = 20_000;
    const plotsBefore = count('SELECT count(*) AS n FROM plots');
    const { jobId } = await start('PROGRESS', n);
    const seen: ImportJobStatus[] = [];
    for (;;) {
      const s = await status(jobId);
      seen.push(s);
      if (s.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 20));
    }
    const final = seen.at(-1);
    expect(final?.state).toBe('done');
    expect(final?.result?.created).toBe(n);
    expect(final?.result?.applied).toBe(true);
    expect(count('SELECT count(*) AS n FROM plots')).toBe(plotsBefore + n);
    // Progress is (phase, records done): it never goes back, and several distinct steps were seen on the way.
    const steps = seen.filter((s) => s.state === 'running').map((s) => [PHASES.indexOf(s.phase), s.done ?? 0] as const);
    for (let i = 1; i < steps.length; i++) {
      const [p0, d0] = steps[i - 1] ?? [0, 0];
      const [p1, d1] = steps[i] ?? [0, 0];
      expect(p1 > p0 || (p1 === p0 && d1 >= d0)).toBe(true);
    }
    const distinct = new Set(steps.map(([p, d]) => `${p}:${d}`));
    expect(distinct.size).toBeGreaterThanOrEqual(3);
    expect(steps.some(([p, d]) => (PHASES[p] === 'validating' || PHASES[p] === 'writing') && d > 0)).toBe(true);
    // Records are written as they pass their checks, in one transaction: a cancel stays possible to the end.
    expect(seen.filter((s) => s.state === 'running').every((s) => s.cancellable)).toBe(true);
  });

  it('a finished job cannot be cancelled any more, and an unknown job is not found', async () => {
    const { jobId } = await start('SMALL', 3);
    await expect.poll(async () => (await status(jobId)).state, { timeout: 20_000, interval: 50 }).toBe('done');
    const after = await callApi<ImportJobStatus>(server, 'import.cancel', { jobId });
    expect(after.state).toBe('done');
    await expect(callApi(server, 'import.status', { jobId: 'nope' })).rejects.toThrow(/not found/);
  });

  it.each([
    ['damaged_truncated.zip', 'zipDamaged', '压缩包损坏或不完整'],
    ['damaged_dbf_cut.zip', 'dbfTruncated', '文件被截断'],
    ['notes.docx', 'unsupportedType', '不支持的文件类型'],
  ])('a file that cannot be read (%s) fails with a code the UI says in Chinese', async (name, code, zh) => {
    const bytes = Buffer.from(name.endsWith('.zip') ? importFixture(name) : 'not an import file');
    const { jobId } = await callApi<{ jobId: string }>(server, 'import.start', { fileName: name, contentBase64: bytes.toString('base64'), dryRun: true });
    await expect.poll(async () => (await status(jobId)).state, { timeout: 20_000, interval: 50 }).toBe('failed');
    const error = (await status(jobId)).error;
    expect(error?.code).toBe(code);
    expect(error?.params.file).toBe(name);
    expect(error?.message.startsWith(`${name}: `)).toBe(true);
    if (!error?.code || !isFileErrorCode(error.code)) throw new Error('no file error code');
    expect(fileErrorReason(error.code, error.params, 'zh')).toContain(zh);
  });
});

describe('file-level read errors on the command line', () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());

  it('are said in Chinese by default and in English with --json', () => {
    const fixture = join(IMPORT_FIXTURES, 'damaged_truncated.zip');
    const zh = runCli(['import', fixture, '--dry-run', '--db', tmp.file('cli.sqlite')]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('damaged_truncated.zip：压缩包损坏或不完整');
    const json = runCli(['import', fixture, '--dry-run', '--json', '--db', tmp.file('cli.sqlite')]);
    expect(json.code).toBe(1);
    expect(json.stderr).toContain('damaged_truncated.zip: zip: damaged or incomplete archive');
  });
});
