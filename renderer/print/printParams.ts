import { z } from 'zod';
import { IsoDateSchema } from '../../shared/domain/dates';
import { Lang } from '../../shared/domain/enums';

/** How many plot sheets one print job holds: an inspection round, not the whole register (the URL carries the ids). */
export const MAX_PLOT_SHEETS = 200;

/**
 * The print route's query: which zone (or `all` for the city pack) — or which plots, for plot sheets — as of which
 * date, in which language.
 */
export const PrintParams = z
  .object({
    zone: z.string().min(1).optional(),
    /** Plot ids, comma-separated in the query: one A4 plot sheet each. */
    plots: z.array(z.string().min(1)).min(1).max(MAX_PLOT_SHEETS).optional(),
    asOf: IsoDateSchema,
    lang: Lang.default('zh'),
    /** `css`: page numbers from CSS page-margin boxes, in the bundled font (browser tab, CLI and desktop PDFs); `template`: none, the printer adds them. */
    footer: z.enum(['template', 'css']).default('template'),
  })
  .refine((p) => (p.zone === undefined) !== (p.plots === undefined), { message: 'give either zone or plots', path: ['zone'] });
export type PrintParams = z.infer<typeof PrintParams>;

export function readPrintParams(search: string): PrintParams {
  const q = new URLSearchParams(search);
  const raw: Record<string, unknown> = Object.fromEntries(['zone', 'asOf', 'lang', 'footer'].flatMap((k) => (q.get(k) === null ? [] : [[k, q.get(k)]])));
  const plots = q.get('plots');
  if (plots !== null) raw.plots = plots.split(',').filter((id) => id !== '');
  const parsed = PrintParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`print route: bad query parameter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/** The address of the print route, relative to the app's own page. */
export function printUrl(
  p: { zone?: string; plots?: readonly string[]; asOf: string; lang: Lang; footer?: PrintParams['footer'] },
  token?: string | null,
): string {
  const q = new URLSearchParams();
  if (p.zone !== undefined) q.set('zone', p.zone);
  if (p.plots !== undefined) q.set('plots', p.plots.join(','));
  q.set('asOf', p.asOf);
  q.set('lang', p.lang);
  if (p.footer) q.set('footer', p.footer);
  if (token) q.set('token', token);
  return `print.html?${q.toString()}`;
}
