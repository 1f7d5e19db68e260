import type { CliContext } from './context';

export function writeJson(ctx: CliContext, value: unknown): void {
  ctx.io.stdout(`${JSON.stringify(value, null, 2)}\n`);
}

/** Removes floating-point noise from computed ratios (0.7700000000000001 → 0.77) while keeping 10 decimals. */
export function clean(value: number | null): number | null {
  if (value === null) return null;
  return Math.round(value * 1e10) / 1e10;
}
