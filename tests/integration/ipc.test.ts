import type { IpcMainInvokeEvent } from 'electron';
import { afterAll, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../shared/api/contract';
import { openDatabase } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { registerIpc } from '../../electron/desktop/ipc';
import { tempDir } from './tempDb';

const t = tempDir();
const db = openDatabase(t.file('ipc.sqlite'));
migrate(db);
afterAll(() => {
  db.close();
  t.remove();
});

type Handler = (event: IpcMainInvokeEvent, input: unknown) => unknown;
const channels = new Map<string, Handler>();
registerIpc({ handle: (channel: string, h: Handler) => void channels.set(channel, h) }, { db, now: () => new Date('2026-11-27T00:00:00Z'), transport: 'electron', databasePath: 'x', version: 't' }, () => {});
const event = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('IPC transport', () => {
  it('registers one channel per API method', () => {
    expect([...channels.keys()].sort()).toEqual(API_METHODS.map((m) => `api:${m}`).sort());
  });
  it('answers the app bundle and validates its input', async () => {
    const zones = channels.get('api:zones.list');
    expect(await zones?.(event('app://bundle/index.html'), { asOf: '2026-11-27' })).toEqual({ ok: true, data: [] });
    expect(await zones?.(event('app://bundle/index.html'), { asOf: 'yesterday' })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await zones?.(event('app://bundle/index.html'), { asOf: '2026-11-27', extra: 1 })).toMatchObject({ ok: false, error: { code: 'bad-input' } });
  });
  it('ignores any other sender', async () => {
    expect(await channels.get("api:zones.list")?.(event('https://example.com/'), { asOf: '2026-11-27' })).toMatchObject({ ok: false, error: { message: 'untrusted sender' } });
  });
});
