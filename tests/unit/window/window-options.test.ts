// Secure window settings as data: isolation, sandbox, no Node, no webview, a strict CSP, guarded navigation.
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  isAppUrl,
  isSafeExternalUrl,
  mainWindowOptions,
  secureWebPreferences,
} from '../../../src-main/window/window-options';

/** The CSP as directive → sources. */
const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';')
    .map((d) => d.trim().split(/\s+/))
    .filter((parts) => parts[0])
    .map(([name, ...sources]) => [name!, sources]),
);

describe('secure web preferences', () => {
  it('isolates and sandboxes the renderer with no Node integration anywhere', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.disableBlinkFeatures).toBe('Auxclick');
    expect(prefs.preload).toBe('/app/preload.cjs');
  });

  it('the main window uses exactly those preferences and starts hidden', () => {
    const options = mainWindowOptions('/p.cjs');
    expect(options.webPreferences).toEqual(secureWebPreferences('/p.cjs'));
    expect(options.show).toBe(false);
  });
});

describe('content security policy', () => {
  it("allows scripts only from 'self' and images from self, data: and blob:", () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(CONTENT_SECURITY_POLICY).toContain("img-src 'self' data: blob:");
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
  });

  it('never allows eval or inline scripts, and only loopback sockets', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
    for (const source of directives.get('connect-src') ?? [])
      expect(source).toMatch(/^('self'|ws:\/\/(127\.0\.0\.1|localhost):\*)$/);
  });
});

describe('navigation guards', () => {
  it('isSafeExternalUrl allows only http(s)', () => {
    expect(isSafeExternalUrl('https://example.com/page')).toBe(true);
    expect(isSafeExternalUrl('http://example.com')).toBe(true);
    for (const url of [
      'file:///etc/passwd',
      'javascript:alert(1)',
      'data:text/html,<script>1</script>',
      'smb://host/share',
      'storyloom://x',
      'mailto:a@b.c',
      'not a url',
      '',
    ]) {
      expect(isSafeExternalUrl(url), url).toBe(false);
    }
  });

  it('isAppUrl keeps a dev-server app on its own origin', () => {
    const app = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/project/1', app)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', app)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', app)).toBe(false);
    expect(isAppUrl('https://evil.example/', app)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example/', app)).toBe(false);
    expect(isAppUrl('garbage', app)).toBe(false);
  });

  it('isAppUrl keeps a packaged app on its own index.html', () => {
    const app = 'file:///opt/storyloom/resources/app/out/renderer/index.html';
    expect(isAppUrl(`${app}#/project`, app)).toBe(true);
    expect(isAppUrl('file:///etc/passwd', app)).toBe(false);
    expect(isAppUrl('https://evil.example/', app)).toBe(false);
  });
});
