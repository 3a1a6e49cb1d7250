// The secure BrowserWindow settings, as plain data so a unit test can assert them without Electron.
import { isHttpUrl } from '../../src-preload/contract/endpoint-fields';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

export { CONTENT_SECURITY_POLICY };

/** webPreferences every Storyloom window uses: isolated, sandboxed, no Node in the page. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    // A middle click would otherwise open a link in a new window past the window-open handler's intent.
    disableBlinkFeatures: 'Auxclick',
    spellcheck: true,
  } as const;
}

export function mainWindowOptions(preloadPath: string) {
  return {
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Storyloom',
    backgroundColor: '#15171c',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

/** Only http(s) links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(raw: string): boolean {
  return isHttpUrl(raw);
}

/** The app may only navigate within its own origin (dev server or packaged file). */
export function isAppUrl(raw: string, appUrl: string): boolean {
  try {
    const target = new URL(raw);
    const app = new URL(appUrl);
    if (app.protocol === 'file:') return target.protocol === 'file:' && target.pathname === app.pathname;
    return target.origin === app.origin;
  } catch {
    return false;
  }
}
