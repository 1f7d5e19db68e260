import { recogniseColumn } from './fields';
import { isTotalRow, type SourceRecord } from './records';
import { FileReadError, type FileFormat, type SourceTable } from './table';
import { isBlank, type Cell } from './values';

const HEADER_SEARCH_ROWS = 15;

/** The header is the first of the top rows that names the most known fields: title rows above it are skipped. */
export function findHeaderRow(grid: readonly (readonly Cell[])[]): number {
  let best = -1;
  let bestScore = 1;
  grid.slice(0, HEADER_SEARCH_ROWS).forEach((row, i) => {
    const score = row.filter((c) => typeof c === 'string' && recogniseColumn(c).field !== null).length;
    if (score > bestScore) [best, bestScore] = [i, score];
  });
  return best;
}

/** A sheet (xlsx or csv) → records named by header; blank rows and 合计/小计 rows are skipped; rows are numbered as the user sees them (1-based). */
export function gridToTable(grid: readonly (readonly Cell[])[], format: FileFormat, encoding: string | null): SourceTable {
  const h = findHeaderRow(grid);
  if (h < 0) throw new FileReadError('noHeader', { rows: HEADER_SEARCH_ROWS });
  const header = grid[h] ?? [];
  const used = new Map<string, number>();
  const columns = header.map((c, i) => {
    const name = isBlank(c) ? `列${i + 1}` : String(c instanceof Date ? c.toISOString().slice(0, 10) : c).replace(/\s+/g, ' ').trim();
    const n = used.get(name) ?? 0;
    used.set(name, n + 1);
    return n === 0 ? name : `${name} (${n + 1})`;
  });
  const records: SourceRecord[] = [];
  let skipped = 0;
  for (let r = h + 1; r < grid.length; r++) {
    const row = grid[r] ?? [];
    if (row.every(isBlank)) continue;
    if (isTotalRow(row)) {
      skipped++;
      continue;
    }
    records.push({ ref: { row: r + 1 }, cells: Object.fromEntries(columns.map((c, i) => [c, row[i] ?? null])), geometry: null });
  }
  const warnings = [
    ...(h > 0 ? [`header found on row ${h + 1}; ${h} title row(s) above it skipped`] : []),
    ...(skipped > 0 ? [`${skipped} total row(s) (合计/小计) skipped`] : []),
  ];
  return { format, columns, records, crs: null, encoding, warnings };
}
