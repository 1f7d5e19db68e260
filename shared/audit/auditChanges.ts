/**
 * An audit row's old/new values (stored as JSON) as a list of field changes: a one-field row is one change; a
 * row holding objects (an import writing several columns, a record created) lists the fields it set, leaving out
 * the ones an update did not change and the bookkeeping columns nobody reads.
 */
export interface AuditChange {
  /** The column or property as stored (snake_case or camelCase); null when the row names none. */
  field: string | null;
  /** `undefined` when the row has no old side (a creation). */
  old: unknown;
  new: unknown;
}

const BOOKKEEPING = new Set(['id', 'plot_id', 'updated_at', 'row_version', 'min_lon', 'min_lat', 'max_lon', 'max_lat']);

function parse(json: string | null): unknown {
  if (json === null) return undefined;
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return json;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function auditChanges(field: string | null, oldJson: string | null, newJson: string | null): AuditChange[] {
  const before = parse(oldJson);
  const after = parse(newJson);
  if (field !== null || !(isRecord(before) || isRecord(after))) return before === undefined && after === undefined ? [] : [{ field, old: before, new: after }];
  const oldObj = isRecord(before) ? before : undefined;
  const newObj = isRecord(after) ? after : undefined;
  const keys = [...new Set([...Object.keys(newObj ?? {}), ...Object.keys(oldObj ?? {})])].filter((k) => !BOOKKEEPING.has(k));
  return keys.flatMap((k) => {
    const o = oldObj === undefined ? undefined : (oldObj[k] ?? null);
    const n = newObj === undefined ? undefined : (newObj[k] ?? null);
    return oldObj && newObj && same(o, n) ? [] : [{ field: k, old: o, new: n }];
  });
}

/** The field's name in camelCase without its unit suffix, and the unit: land_area_m2 → landArea + m2. */
export function fieldKey(field: string): { key: string; unit: 'm2' | 'wan' | null } {
  const camel = field.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  const unit = /M2$/.test(camel) ? 'm2' : /Wan$/.test(camel) ? 'wan' : null;
  return { key: unit === 'm2' ? camel.slice(0, -2) : unit === 'wan' ? camel.slice(0, -3) : camel, unit };
}
