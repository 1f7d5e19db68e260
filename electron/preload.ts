import { contextBridge, ipcRenderer } from 'electron';
import { DESKTOP_PRINT_CHANNEL, IPC_CHANNEL_PREFIX, isApiMethodName, type DesktopBridge } from '../shared/api/transport';

// What the page gets: invoke an API method by name, and print to PDF. Main validates the sender and every argument.
const bridge: DesktopBridge = {
  transport: 'electron',
  invoke: (method, input) => {
    if (!isApiMethodName(method)) return Promise.reject(new Error('bad method name'));
    return ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, input) as Promise<unknown>;
  },
  printPdf: (request) => ipcRenderer.invoke(DESKTOP_PRINT_CHANNEL, request) as ReturnType<DesktopBridge['printPdf']>,
};
contextBridge.exposeInMainWorld('landBridge', bridge);
