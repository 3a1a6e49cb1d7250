// Electron transport: serves the handler table over ipcMain with a sender check, and forwards events.
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../src-preload/contract/channels';
import { dispatch } from '../ipc/dispatch';
import type { EventHub } from '../events/event-hub';
import type { HandlerTable } from '../ipc/handler-table';
import { isAppUrl } from '../window/window-options';

/** Only our own top-level page may call the main process. */
function trustedSender(event: IpcMainInvokeEvent, appUrl: string): boolean {
  const frame = event.senderFrame;
  return Boolean(frame && frame === event.sender.mainFrame && isAppUrl(frame.url, appUrl));
}

export function setupElectronIpc(
  table: HandlerTable,
  events: EventHub,
  getWindow: () => BrowserWindow | null,
  appUrl: string,
): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, payload: unknown) => {
      if (!trustedSender(event, appUrl)) {
        return {
          ok: false,
          error: { code: 'UNTRUSTED_SENDER', message: 'This page may not call Storyloom.' },
        };
      }
      return dispatch(table, channel, payload, { transport: 'electron' });
    });
  }
  events.subscribe((event, payload) => {
    const window = getWindow();
    if (window && !window.isDestroyed()) window.webContents.send(event, payload);
  });
}
