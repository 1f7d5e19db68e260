import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import { DESKTOP_PRINT_CHANNEL, type DesktopPrintResult } from '../../shared/api/transport';
import { IsoDateSchema } from '../../shared/domain/dates';
import { Lang } from '../../shared/domain/enums';
import { describeIssues } from '../../shared/schemas/issues';
import { describeIssuesZh } from '../../shared/schemas/issuesZh';
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
  print: (query: URLSearchParams, out: string) => Promise<void>;
}

export function defaultPdfName(r: PrintRequest): string {
  const what = r.zone === undefined ? `宗地核查表-${r.plots?.length ?? 0}宗` : r.zone === 'all' ? '开发区合规报告-全市' : `开发区合规报告-${r.zone}`;
  return `${what}-${r.asOf}.pdf`;
}

// Errors the file system gives for a folder the user cannot write to: said plainly, in both languages.
const WRITE_ERRORS: Record<string, { en: string; zh: string }> = {
  EACCES: { en: 'no permission to write there', zh: '没有写入该位置的权限' },
  EPERM: { en: 'no permission to write there', zh: '没有写入该位置的权限' },
  EROFS: { en: 'the drive is read-only', zh: '该磁盘为只读' },
  ENOSPC: { en: 'the disk is full', zh: '磁盘空间不足' },
  ENOENT: { en: 'the folder does not exist', zh: '文件夹不存在' },
  EBUSY: { en: 'the file is open in another program', zh: '文件正被其他程序占用' },
};

function refused(error: unknown, out: string | null): NonNullable<Extract<DesktopPrintResult, { saved: false }>['error']> {
  if (error instanceof z.ZodError) {
    return { code: 'bad-input', message: describeIssues(error, 'print').join('; '), messageZh: describeIssuesZh(error, 'print').join('；') };
  }
  const code = (error as { code?: unknown } | null)?.code;
  const known = typeof code === 'string' ? WRITE_ERRORS[code] : undefined;
  if (known && out !== null) return { code: 'bad-input', message: `could not save the PDF as ${out}: ${known.en}`, messageZh: `无法将PDF保存为 ${out}：${known.zh}` };
  return { code: 'internal', message: 'printing the PDF failed (details in the log)', messageZh: '生成PDF失败（详情已记入日志）' };
}

/** The desktop's print button: validated request → save dialog → hidden-window PDF. */
export function registerPrintIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: PrintIpcDeps, log: (e: unknown) => void = console.error): void {
  ipcMain.handle(DESKTOP_PRINT_CHANNEL, async (event: IpcMainInvokeEvent, raw: unknown): Promise<DesktopPrintResult> => {
    if (!isTrustedUrl(event.senderFrame?.url ?? '')) throw new Error('untrusted sender');
    let out: string | null = null;
    try {
      const request = PrintRequest.parse(raw);
      out = await deps.chooseFile(defaultPdfName(request));
      if (out === null) return { saved: false, path: null };
      const query = new URLSearchParams({ asOf: request.asOf, lang: request.lang });
      if (request.zone !== undefined) query.set('zone', request.zone);
      if (request.plots !== undefined) query.set('plots', request.plots.join(','));
      await deps.print(query, out);
      return { saved: true, path: out };
    } catch (e) {
      const error = refused(e, out);
      if (error.code === 'internal') log(e);
      return { saved: false, path: null, error };
    }
  });
}
