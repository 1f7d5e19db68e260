import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../electron/desktop/writeFileAtomic';
import { APP_ROOT, TSX_IMPORT } from './runCli';
import { tempDir } from './tempDb';

const t = tempDir();
afterAll(() => t.remove());

const pdfBytes = (text: string) => new Uint8Array(Buffer.from(`%PDF-1.7\n${text}\n%%EOF\n`));

/** A fresh folder per case, so "nothing else is left in it" can be asserted. */
function folder(name: string): string {
  const dir = t.file(name);
  mkdirSync(dir);
  return dir;
}

describe('writeFileAtomic (the desktop PDF write)', () => {
  it('writes the whole file under the name and leaves no temp file', async () => {
    const dir = folder('new');
    const out = join(dir, '开发区合规报告-全市-2026-11-27.pdf');
    const data = pdfBytes('x'.repeat(3_000_000));
    await writeFileAtomic(out, data);
    expect(readFileSync(out).equals(Buffer.from(data))).toBe(true);
    expect(readdirSync(dir)).toEqual(['开发区合规报告-全市-2026-11-27.pdf']);
  });

  it('replaces an existing file wholly', async () => {
    const dir = folder('replace');
    const out = join(dir, 'report.pdf');
    writeFileSync(out, pdfBytes('old '.repeat(10_000)));
    await writeFileAtomic(out, pdfBytes('new'));
    expect(readFileSync(out, 'utf8')).toBe('%PDF-1.7\nnew\n%%EOF\n');
    expect(readdirSync(dir)).toEqual(['report.pdf']);
  });

  it('when the rename fails, throws, removes its temp file and leaves what was under the name', async () => {
    const dir = folder('fails');
    const out = join(dir, 'taken.pdf');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.txt'), 'kept');
    await expect(writeFileAtomic(out, pdfBytes('never'))).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['taken.pdf']);
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('a process killed in the middle of the write leaves the old PDF under the name, not half a new one', async () => {
    const dir = folder('crash');
    const out = join(dir, 'report.pdf');
    const old = pdfBytes('the complete old report');
    writeFileSync(out, old);
    // The child hands writeFileAtomic a source that gives the first bytes of a PDF and then never ends, so it is
    // killed (SIGKILL, no clean-up runs) while the write is certainly in progress.
    const script = join(dir, '..', 'crash-writer.mjs');
    writeFileSync(
      script,
      `import { writeFileAtomic } from ${JSON.stringify(pathToFileURL(join(APP_ROOT, 'electron', 'desktop', 'writeFileAtomic.ts')).href)};
setInterval(() => {}, 1000);
async function* halfPdf() {
  yield Buffer.from('%PDF-1.7\\nhalf of a new report');
  process.stdout.write('writing\\n');
  await new Promise(() => {});
}
await writeFileAtomic(${JSON.stringify(out)}, halfPdf());
`,
    );
    const child = spawn(process.execPath, [...TSX_IMPORT, script], { stdio: ['ignore', 'pipe', 'inherit'] });
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('writing')) resolve();
      });
      child.on('exit', () => reject(new Error('the writer exited before it was killed')));
    });
    child.kill('SIGKILL');
    expect(await ended).toBe('SIGKILL');
    expect(readFileSync(out).equals(Buffer.from(old))).toBe(true);
    // What the crash leaves is a hidden .part beside it, never a file under the user's name.
    const left = readdirSync(dir).filter((f) => f !== 'report.pdf');
    expect(left).toHaveLength(1);
    expect(left[0]).toMatch(/^\.report\.pdf\.[0-9a-f]{12}\.part$/);
    expect(readFileSync(join(dir, left[0] ?? '')).toString()).toBe('%PDF-1.7\nhalf of a new report');
  }, 30_000);
});
