import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/contract';
import { DESKTOP_PRINT_CHANNEL, isApiMethodName } from '../../shared/api/transport';
import { registerPrintIpc } from '../../electron/desktop/printIpc';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;
const event = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

function setup(choose: string | null, print?: (out: string) => Promise<void>) {
  const printed: { query: string; out: string }[] = [];
  const logged: unknown[] = [];
  const channels = new Map<string, Handler>();
  registerPrintIpc(
    { handle: (c: string, h: Handler) => void channels.set(c, h) },
    {
      chooseFile: async () => choose,
      print: async (query, out) => {
        if (print) await print(out);
        printed.push({ query: query.toString(), out });
      },
    },
    (e) => logged.push(e),
  );
  const handler = channels.get(DESKTOP_PRINT_CHANNEL);
  if (!handler) throw new Error('print channel not registered');
  return { handler, printed, logged };
}

describe('desktop print bridge', () => {
  it('prints the zone report or plot sheets to the file the user chose', async () => {
    const { handler, printed } = setup('/tmp/r.pdf');
    expect(await handler(event('app://bundle/index.html'), { zone: 'jingkai', asOf: '2026-11-27', lang: 'zh' })).toEqual({ saved: true, path: '/tmp/r.pdf' });
    await handler(event('app://bundle/index.html'), { plots: ['a', 'b'], asOf: '2026-11-27', lang: 'en' });
    expect(printed.map((p) => p.query)).toEqual(['asOf=2026-11-27&lang=zh&zone=jingkai', 'asOf=2026-11-27&lang=en&plots=a%2Cb']);
  });
  it('does nothing when the user cancels the save dialog', async () => {
    const { handler, printed } = setup(null);
    expect(await handler(event('app://bundle/index.html'), { zone: 'all', asOf: '2026-11-27', lang: 'zh' })).toEqual({ saved: false, path: null });
    expect(printed).toEqual([]);
  });
  it('refuses other senders, and bad requests with a message in both languages', async () => {
    const { handler, printed } = setup('/tmp/r.pdf');
    await expect(handler(event('https://example.com/'), { zone: 'all', asOf: '2026-11-27', lang: 'zh' })).rejects.toThrow(/untrusted/);
    const refusal = (input: unknown) => handler(event('app://bundle/'), input) as Promise<{ saved: boolean; error?: { code: string; message: string; messageZh: string } }>;
    const badZone = await refusal({ zone: '../etc', asOf: '2026-11-27', lang: 'zh' });
    expect(badZone).toMatchObject({ saved: false, path: null, error: { code: 'bad-input' } });
    expect(badZone.error?.message).toMatch(/zone/);
    expect(badZone.error?.messageZh).toMatch(/zone/);
    expect((await refusal({ zone: 'all', plots: ['x'], asOf: '2026-11-27', lang: 'zh' })).error?.message).toMatch(/either zone or plots/);
    const badDate = await refusal({ zone: 'all', asOf: '2026-02-30', lang: 'zh' });
    expect(badDate.error?.messageZh).toMatch(/asOf/);
    expect(badDate.error?.messageZh).not.toBe(badDate.error?.message);
    expect(printed).toEqual([]);
  });
  it('says why a PDF could not be saved, naming the file, and logs only what it cannot explain', async () => {
    const fail = (code: string | undefined) => async () => {
      throw Object.assign(new Error('boom'), code === undefined ? {} : { code });
    };
    const readOnly = setup('/mnt/cd/r.pdf', fail('EROFS'));
    expect(await readOnly.handler(event('app://bundle/'), { zone: 'all', asOf: '2026-11-27', lang: 'zh' })).toEqual({
      saved: false,
      path: null,
      error: { code: 'bad-input', message: 'could not save the PDF as /mnt/cd/r.pdf: the drive is read-only', messageZh: '无法将PDF保存为 /mnt/cd/r.pdf：该磁盘为只读' },
    });
    expect(readOnly.logged).toEqual([]);
    const broken = setup('/tmp/r.pdf', fail(undefined));
    expect(await broken.handler(event('app://bundle/'), { zone: 'all', asOf: '2026-11-27', lang: 'zh' })).toMatchObject({ saved: false, error: { code: 'internal', messageZh: '生成PDF失败（详情已记入日志）' } });
    expect(broken.logged).toHaveLength(1);
  });
  it('the preload accepts every API method name and nothing else', () => {
    for (const m of API_METHODS) expect(isApiMethodName(m)).toBe(true);
    for (const bad of ['', 'zones', 'zones.', '.list', 'zones.list; rm', '__proto__.x', 'api:zones.list']) expect(isApiMethodName(bad)).toBe(false);
  });
});
