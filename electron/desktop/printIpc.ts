import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { DESKTOP_PRINT_CHANNEL, type DesktopPrintResult } from '../../shared/api/transport';
import { IsoDateSchema } from '../../shared/domain/dates';
import { Lang } from '../../shared/domain/enums';
import { isTrustedUrl } from './security';

const PrintRequest = z
  .object({
    zone: z.string().regex(/^[a-z0-9-]{1,40}$/).optional(),
    plots: z.array(z.string().min(1).max(64)).min(1).max(200).optional(),
    asOf: IsoDateSchema,
    lang: Lang,
  })
  .strict()
  .refine((r) => (r.zone === undefined) !== (r.plots === undefined), 'give either zone or plots');
export type PrintRequest = z.infer<typeof PrintRequest>;

export interface PrintIpcDeps {
  /** Asks the user where to save; null when they cancel. */
  chooseFile: (defaultName: string) => Promise<string | null>;
  /** Prints the print route with this query to the file (electron/desktop/printToPdf.ts in the app). */
  print: (query: URLSearchParams, lang: PrintRequest['lang'], out: string) => Promise<void>;
}

export function defaultPdfName(r: PrintRequest): string {
  const what = r.zone === undefined ? `宗地核查表-${r.plots?.length ?? 0}宗` : r.zone === 'all' ? '开发区合规报告-全市' : `开发区合规报告-${r.zone}`;
  return `${what}-${r.asOf}.pdf`;
}

/** The desktop's print button: validated request → save dialog → hidden-window PDF. */
export function registerPrintIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: PrintIpcDeps): void {
  ipcMain.handle(DESKTOP_PRINT_CHANNEL, async (event: IpcMainInvokeEvent, raw: unknown): Promise<DesktopPrintResult> => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '')) throw new Error('untrusted sender');
    const request = PrintRequest.parse(raw);
    const out = await deps.chooseFile(defaultPdfName(request));
    if (out === null) return { saved: false, path: null };
    const query = new URLSearchParams({ asOf: request.asOf, lang: request.lang });
    if (request.zone !== undefined) query.set('zone', request.zone);
    if (request.plots !== undefined) query.set('plots', request.plots.join(','));
    await deps.print(query, request.lang, out);
    return { saved: true, path: out };
  });
}
