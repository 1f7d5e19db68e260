import { describe, expect, it } from 'vitest';
import type { BrowserWindowConstructorOptions, Session } from 'electron';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, createSecureWindow, installCsp, isTrustedUrl } from '../../electron/desktop/security';

/** Stands in for Electron's BrowserWindow (whose binary is not installed here) to capture what a window is given. */
class RecordingWindow {
  static last: BrowserWindowConstructorOptions | undefined;
  constructor(options: BrowserWindowConstructorOptions) {
    RecordingWindow.last = options;
  }
}

function directives(csp: string): Map<string, string> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values.join(' ')]));
}
import { defaultDataDir } from '../../electron/paths';

describe('desktop window security', () => {
  it('isolates and sandboxes the renderer, no Node', () => {
    createSecureWindow(RecordingWindow, { width: 800, show: false }, '/app/preload.cjs');
    expect(RecordingWindow.last).toMatchObject({ width: 800, show: false });
    const prefs = RecordingWindow.last?.webPreferences;
    expect(prefs).toMatchObject({
      preload: '/app/preload.cjs',
      nodeIntegrationInSubFrames: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });
  it('trusts only the app:// bundle', () => {
    expect(isTrustedUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedUrl('app://bundle.evil/index.html')).toBe(false);
    expect(isTrustedUrl('file:///etc/passwd')).toBe(false);
    expect(isTrustedUrl('http://127.0.0.1/')).toBe(false);
  });
  it('has a CSP without remote or inline scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
  });
  it('pins every CSP directive (the electronegativity suppression relies on it)', () => {
    expect(Object.fromEntries(directives(CONTENT_SECURITY_POLICY))).toEqual({
      'default-src': "'self'",
      'img-src': "'self' data: blob:",
      'style-src': "'self' 'unsafe-inline'",
      'script-src': "'self'",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });
  it('puts the same CSP on every response of the session, replacing any sent', () => {
    type Listener = NonNullable<Parameters<Session['webRequest']['onHeadersReceived']>[0]>;
    let listener: Listener | undefined;
    const session = { webRequest: { onHeadersReceived: (l: Listener) => (listener = l) } } as unknown as Pick<Session, 'webRequest'>;
    installCsp(session);
    let headers: Record<string, string | string[]> | undefined;
    const details = { responseHeaders: { 'Content-Security-Policy': ['default-src *'], 'Content-Type': ['text/html'] } };
    listener?.(details as unknown as Parameters<Listener>[0], (response) => (headers = response.responseHeaders));
    expect(headers).toEqual({ 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'Content-Type': ['text/html'] });
  });
});

describe('data folder', () => {
  it('matches what Electron userData would be on each platform', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/u' })).toBe('/home/u/.config/puyang-land');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x' }, home: '/home/u' })).toBe('/x/puyang-land');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, home: 'C:\\Users\\u' })).toContain('puyang-land');
  });
});
