import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/contract';
import { DESKTOP_PRINT_CHANNEL, isApiMethodName } from '../../shared/api/transport';
import { registerPrintIpc } from '../../electron/desktop/printIpc';

type Handler = (event: IpcMainInvokeEvent, input: unknown) => Promise<unknown>;
const event = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

function setup(choose: string | null) {
  const printed: { query: string; lang: string; out: string }[] = [];
  const channels = new Map<string, Handler>();
  registerPrintIpc({ handle: (c: string, h: Handler) => void channels.set(c, h) }, {
    chooseFile: async () => choose,
    print: async (query, lang, out) => void printed.push({ query: query.toString(), lang, out }),
  });
  const handler = channels.get(DESKTOP_PRINT_CHANNEL);
  if (!handler) throw new Error('print channel not registered');
  return { handler, printed };
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
  it('refuses other senders and bad requests', async () => {
    const { handler, printed } = setup('/tmp/r.pdf');
    await expect(handler(event('https://example.com/'), { zone: 'all', asOf: '2026-11-27', lang: 'zh' })).rejects.toThrow(/untrusted/);
    await expect(handler(event('app://bundle/'), { zone: '../etc', asOf: '2026-11-27', lang: 'zh' })).rejects.toThrow();
    await expect(handler(event('app://bundle/'), { zone: 'all', plots: ['x'], asOf: '2026-11-27', lang: 'zh' })).rejects.toThrow(/either zone or plots/);
    await expect(handler(event('app://bundle/'), { zone: 'all', asOf: '2026-02-30', lang: 'zh' })).rejects.toThrow();
    expect(printed).toEqual([]);
  });
  it('the preload accepts every API method name and nothing else', () => {
    for (const m of API_METHODS) expect(isApiMethodName(m)).toBe(true);
    for (const bad of ['', 'zones', 'zones.', '.list', 'zones.list; rm', '__proto__.x', 'api:zones.list']) expect(isApiMethodName(bad)).toBe(false);
  });
});
