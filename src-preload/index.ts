// Preload: exposes `window.storyloom` (typed verbs and subscriptions) — never ipcRenderer itself.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { StoryloomApi } from './contract/api';
import { isChannel, isEventName } from './contract/channels';

const api = {
  invoke: (channel, request) => {
    if (!isChannel(channel)) {
      return Promise.resolve({
        ok: false,
        error: { code: 'UNKNOWN_CHANNEL', message: `There is no channel named ${String(channel)}.` },
      });
    }
    return ipcRenderer.invoke(channel, request);
  },
  on: (event, listener) => {
    if (!isEventName(event)) return () => undefined;
    const wrapped = (_e: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
} satisfies StoryloomApi;

contextBridge.exposeInMainWorld('storyloom', api);
