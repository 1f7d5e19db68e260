import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, isTrustedUrl, secureWebPreferences } from '../../electron/desktop/security';
import { defaultDataDir } from '../../electron/paths';

describe('desktop window security', () => {
  it('isolates and sandboxes the renderer, no Node', () => {
    const prefs = secureWebPreferences('/app/preload.cjs');
    expect(prefs).toMatchObject({
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
});

describe('data folder', () => {
  it('matches what Electron userData would be on each platform', () => {
    expect(defaultDataDir({ platform: 'linux', env: {}, home: '/home/u' })).toBe('/home/u/.config/puyang-land');
    expect(defaultDataDir({ platform: 'linux', env: { XDG_CONFIG_HOME: '/x' }, home: '/home/u' })).toBe('/x/puyang-land');
    expect(defaultDataDir({ platform: 'win32', env: { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, home: 'C:\\Users\\u' })).toContain('puyang-land');
  });
});
