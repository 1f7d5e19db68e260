import type { z } from 'zod';

/** A zod issue as one line naming the record and the field: `P7.landAreaM2: Too small: expected number to be >0`. */
export function describeIssues(error: z.ZodError, label: string): string[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    return `${label}${path ? `.${path}` : ''}: ${issue.message}`;
  });
}

/** Parse every element of an array; the label of an element is its id when it has one, else its index. */
export function parseEach<S extends z.ZodType>(
  schema: S,
  items: readonly unknown[],
): { ok: true; values: z.output<S>[] } | { ok: false; errors: string[] } {
  const values: z.output<S>[] = [];
  const errors: string[] = [];
  items.forEach((item, index) => {
    const result = schema.safeParse(item);
    const rawId = typeof item === 'object' && item !== null && 'id' in item ? (item as { id: unknown }).id : undefined;
    // A huge id (a damaged file) is cut: the message must name the record, not repeat it.
    const id = typeof rawId === 'string' || typeof rawId === 'number' ? String(rawId) : null;
    const label = id === null ? `#${index}` : `id ${id.length > 60 ? `${id.slice(0, 60)}…` : id} (#${index})`;
    if (result.success) values.push(result.data);
    else errors.push(...describeIssues(result.error, label));
  });
  return errors.length === 0 ? { ok: true, values } : { ok: false, errors };
}
