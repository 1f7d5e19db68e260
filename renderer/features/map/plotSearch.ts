import type { PlotRow } from '../../../shared/api/views';

const MAX_SUGGESTIONS = 10;

/** Plots whose 宗地编号 or 土地使用权人 contains the query (case-insensitive); exact parcel numbers first. */
export function searchPlots(plots: Iterable<PlotRow>, query: string): PlotRow[] {
  const q = query.trim().toLowerCase();
  if (q === '') return [];
  const exact: PlotRow[] = [];
  const partial: PlotRow[] = [];
  for (const p of plots) {
    const no = p.parcelNo.toLowerCase();
    if (no === q) exact.push(p);
    else if (no.includes(q) || (p.landUser ?? '').toLowerCase().includes(q)) partial.push(p);
    if (exact.length + partial.length >= MAX_SUGGESTIONS * 4) break;
  }
  return [...exact, ...partial].slice(0, MAX_SUGGESTIONS);
}
