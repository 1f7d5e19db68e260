import { z } from 'zod';
import { ImportField, recogniseColumn, Unit } from './fields';

export const ColumnMapping = z.object({ column: z.string(), field: ImportField.nullable(), unit: Unit.nullable() }).strict();
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** A mapping the user corrected and saved under a name, to apply to the next file from the same source. */
export const ImportTemplate = z.object({ name: z.string().trim().min(1).max(60), columns: z.array(ColumnMapping).max(500) }).strict();
export type ImportTemplate = z.infer<typeof ImportTemplate>;

/** The mapping guessed from the headers; a field claimed by two columns goes to the first. */
export function autoMapping(columns: readonly string[]): ColumnMapping[] {
  const taken = new Set<ImportField>();
  return columns.map((column) => {
    const r = recogniseColumn(column);
    const field = r.field !== null && !taken.has(r.field) ? r.field : null;
    if (field !== null) taken.add(field);
    return { column, field, unit: field === null ? null : r.unit };
  });
}

/** A template applies to the columns it names; the others keep their guessed mapping. */
export function applyTemplate(columns: readonly string[], template: readonly ColumnMapping[]): ColumnMapping[] {
  const byColumn = new Map(template.map((m) => [m.column, m]));
  const auto = autoMapping(columns);
  return auto.map((m) => byColumn.get(m.column) ?? m);
}

/** Two columns on one field would make the row ambiguous. */
export function duplicateFields(mapping: readonly ColumnMapping[]): ImportField[] {
  const seen = new Set<ImportField>();
  const dup = new Set<ImportField>();
  for (const m of mapping) if (m.field !== null) (seen.has(m.field) ? dup : seen).add(m.field);
  return [...dup];
}

/** The year a header names (2024年税收), used when the file has no 年度 column. */
export function headerYear(columns: readonly string[]): number | null {
  for (const c of columns) {
    const r = recogniseColumn(c);
    if (r.year !== null) return r.year;
  }
  return null;
}
