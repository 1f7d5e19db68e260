import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNEL_PREFIX, type LandBridge } from '../shared/api/transport';

// The only thing the page gets: invoke an API method by name. Main validates the name, the input and the sender.
const bridge: LandBridge = {
  transport: 'electron',
  invoke: (method, input) => {
    if (typeof method !== 'string' || !/^[a-z]+\.[a-zA-Z]+$/.test(method)) return Promise.reject(new Error('bad method name'));
    return ipcRenderer.invoke(`${IPC_CHANNEL_PREFIX}${method}`, input) as Promise<unknown>;
  },
};
contextBridge.exposeInMainWorld('landBridge', bridge);
