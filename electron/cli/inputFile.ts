import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { parseEach } from '../../shared/schemas/issues';
import { resolveUserPath, type CliContext } from './context';
import { CliInputError } from './errors';
import { requiredFlag } from './flags';

/** Reads `--input FILE` as a JSON array and validates every element; any problem is a CliInputError naming file, id and field. */
export function readInputArray<S extends z.ZodType>(ctx: CliContext, schema: S): z.output<S>[] {
  const name = requiredFlag(ctx, 'input');
  const path = resolveUserPath(ctx, name);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new CliInputError([`${name}: cannot read file (${(e as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new CliInputError([`${name}: not valid JSON (${(e as Error).message})`]);
  }
  if (!Array.isArray(data)) throw new CliInputError([`${name}: expected a JSON array of records`]);
  const parsed = parseEach(schema, data);
  if (!parsed.ok) throw new CliInputError(parsed.errors.map((line) => `${name}: ${line}`));
  return parsed.values;
}
