import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { API_METHODS } from '../../shared/api/contract';
import { IPC_CHANNEL_PREFIX } from '../../shared/api/transport';
import { dispatchAsync } from '../api/dispatch';
import type { HandlerDeps } from '../api/handlers';
import { isTrustedUrl } from './security';

/** One IPC channel per API method; calls from any frame other than our bundle are ignored (electron/fiddle's pattern). */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: HandlerDeps, log: (e: unknown) => void): void {
  for (const method of API_METHODS) {
    ipcMain.handle(`${IPC_CHANNEL_PREFIX}${method}`, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) return { ok: false, error: { code: 'bad-input', message: 'untrusted sender' } };
      return dispatchAsync(deps, method, input, log);
    });
  }
}
