import { isValidIsoDate, todayIso, type IsoDate } from '../../shared/domain/dates';
import type { CliContext } from './context';
import { CliInputError } from './errors';

export function stringFlag(ctx: CliContext, name: string): string | undefined {
  const v = ctx.flags[name];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v === '') throw new CliInputError([`--${name} needs a value`]);
  return v;
}

export function requiredFlag(ctx: CliContext, name: string): string {
  const v = stringFlag(ctx, name);
  if (v === undefined) throw new CliInputError([`--${name} is required`]);
  return v;
}

export function dateFlag(ctx: CliContext, name: string): IsoDate | undefined {
  const v = stringFlag(ctx, name);
  if (v !== undefined && !isValidIsoDate(v)) throw new CliInputError([`--${name} must be a date YYYY-MM-DD, got "${v}"`]);
  return v;
}

export function asOfFlag(ctx: CliContext, required: boolean): IsoDate {
  const v = dateFlag(ctx, 'as-of');
  if (v !== undefined) return v;
  if (required) throw new CliInputError(['--as-of DATE is required']);
  return todayIso(ctx.now());
}
