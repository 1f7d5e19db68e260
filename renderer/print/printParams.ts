import { z } from 'zod';
import { IsoDateSchema } from '../../shared/domain/dates';
import { Lang } from '../../shared/domain/enums';

/** The print route's query: which zone (or `all` for the city pack), as of which date, in which language. */
export const PrintParams = z.object({
  zone: z.string().min(1),
  asOf: IsoDateSchema,
  lang: Lang.default('zh'),
  /** `css`: page numbers from CSS page-margin boxes, for printing from a browser tab (the PDF path uses Chromium's footer template). */
  footer: z.enum(['template', 'css']).default('template'),
});
export type PrintParams = z.infer<typeof PrintParams>;

export function readPrintParams(search: string): PrintParams {
  const q = new URLSearchParams(search);
  const raw = Object.fromEntries(['zone', 'asOf', 'lang', 'footer'].flatMap((k) => (q.get(k) === null ? [] : [[k, q.get(k)]])));
  const parsed = PrintParams.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`print route: bad query parameter ${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}`);
  }
  return parsed.data;
}

/** The address of the print route, relative to the app's own page. */
export function printUrl(p: Pick<PrintParams, 'zone' | 'asOf' | 'lang'> & { footer?: PrintParams['footer'] }, token?: string | null): string {
  const q = new URLSearchParams({ zone: p.zone, asOf: p.asOf, lang: p.lang });
  if (p.footer) q.set('footer', p.footer);
  if (token) q.set('token', token);
  return `print.html?${q.toString()}`;
}
