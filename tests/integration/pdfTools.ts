import { spawnSync } from 'node:child_process';

function run(tool: string, args: string[]): string {
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Page count from poppler's pdfinfo. */
export function pdfPages(file: string): number {
  const m = /^Pages:\s+(\d+)/m.exec(run('pdfinfo', [file]));
  if (!m) throw new Error(`pdfinfo gave no page count for ${file}`);
  return Number(m[1]);
}

/** Text of a page range (1-based, inclusive) via pdftotext. */
export function pdfText(file: string, first?: number, last?: number): string {
  const range = [...(first === undefined ? [] : ['-f', String(first)]), ...(last === undefined ? [] : ['-l', String(last)])];
  return run('pdftotext', ['-layout', ...range, file, '-']);
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  toUnicode: boolean;
}

/** The font table of pdffonts, one entry per font object. */
export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter((l) => l.trim() !== '');
  return lines.map((l) => {
    const cols = l.trim().split(/\s+/);
    // name, type (1–2 words), encoding, emb, sub, uni, object, id: read the flags from the end.
    const [emb, , uni] = cols.slice(-5, -2);
    return { name: cols[0] ?? '', type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', toUnicode: uni === 'yes' };
  });
}
