// Electron main process: lifecycle only — single-instance lock, services, IPC, the window.
import { app, BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import { setupElectronIpc } from './host/electron-ipc';
import { electronSecretCodec } from './host/electron-safe-storage';
import { createHandlerTable } from './ipc/handlers';
import { createServices } from './services';
import { resolveProjectsRoot } from './store/paths';
import { createMainWindow, installSessionGuards } from './window/create-main-window';

let mainWindow: BrowserWindow | null = null;

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });

  void app.whenReady().then(() => {
    installSessionGuards();
    const codec = electronSecretCodec();
    const services = createServices({
      root: resolveProjectsRoot({ fallback: join(app.getPath('userData'), 'projects') }),
      transport: 'electron',
      appDir: app.getPath('userData'),
      ...(codec ? { secretCodec: codec } : {}),
      trash: async (dir) => {
        await shell.trashItem(dir);
        return 'the system trash';
      },
    });
    const appUrl = process.env.ELECTRON_RENDERER_URL ?? `file://${join(__dirname, '../renderer/index.html')}`;
    setupElectronIpc(createHandlerTable(services), services.events, () => mainWindow, appUrl);
    mainWindow = createMainWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow();
    });
    app.on('before-quit', () => void services.shutdown());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
