import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

/**
 * No remote origin by default: the map draws bundled outlines and an offline basemap served from the same origin. An
 * online tile source the user configured (shared/geo/onlineBasemap.ts) adds its exact origins to img-src, nothing else.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/;

/** The policy with the configured tile origins pinned into img-src (each an exact scheme://host[:port], never a wildcard). */
export function withTileOrigins(policy: string, origins: readonly string[]): string {
  const pinned = origins.filter((o) => ORIGIN.test(o));
  if (pinned.length === 0) return policy;
  return policy.replace("img-src 'self' data: blob:", `img-src 'self' data: blob: ${pinned.join(' ')}`);
}

/**
 * The page's own <meta> CSP (renderer/index.html, for when no header is sent) must allow the same tile origins, or it
 * blocks them: both policies apply. Only its img-src changes, and only with origins that pass the same check.
 */
export function pinTileOriginsInPage(html: string, origins: readonly string[]): string {
  const pinned = origins.filter((o) => ORIGIN.test(o));
  if (pinned.length === 0) return html;
  return html.replace(/(<meta\s+http-equiv="Content-Security-Policy"\s+content="[^"]*?img-src 'self' data:)/, `$1 ${pinned.join(' ')}`);
}

/**
 * A static file as app:// and browser mode serve it: a page (text/html) gets the tile origins pinned in its CSP header
 * and its <meta>; any other file the fixed policy (a CSP governs the document, not the scripts, styles and fonts it
 * loads), so the setting is read once per page load, not once per file.
 */
export function staticWithTileOrigins<B extends Buffer>(body: B, type: string, tileOrigins: () => readonly string[]): { body: B | string; csp: string } {
  if (!type.startsWith('text/html')) return { body, csp: CONTENT_SECURITY_POLICY };
  const origins = tileOrigins();
  return { body: origins.length > 0 ? pinTileOriginsInPage(body.toString(), origins) : body, csp: withTileOrigins(CONTENT_SECURITY_POLICY, origins) };
}

type WindowConstructor<W> = new (options: BrowserWindowConstructorOptions) => W;

/**
 * Every window is made here, so its web preferences are spelled out where electronegativity can read them:
 * isolated, sandboxed, no Node, no webviews, no middle-click new windows. A unit test asserts them.
 */
export function createSecureWindow<W>(
  BrowserWindow: WindowConstructor<W>,
  options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>,
  preload: string,
): W {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // The preload exposes one function (landBridge.invoke), never ipcRenderer; main checks the sender, the method
      // name and the input (ipc.ts, dispatch.ts), so this manual-review finding is answered.
      preload, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      spellcheck: false,
    },
  });
}

export function isTrustedUrl(url: string): boolean {
  return url === APP_ORIGIN || url.startsWith(`${APP_ORIGIN}/`);
}

/** No navigation away from the bundle, no new windows, no webviews. */
export function lockDownContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isTrustedUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** The app needs no permission at all (no camera, geolocation, notifications, USB, HID, serial). */
export function denyPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

/**
 * The same policy on every response of the session, not only on app:// (protocol.ts sets it there too): a response
 * from anywhere else can never relax it. The literal repeats CONTENT_SECURITY_POLICY so electronegativity can
 * evaluate it; a unit test asserts the two are equal. tileOrigins is read per response, so a changed online basemap
 * setting takes effect on the next page load.
 */
export function installCsp(session: Pick<Session, 'webRequest'>, tileOrigins: () => readonly string[] = () => []): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      // Its one evaluator note is "'self' can be problematic if you host JSONP, Angular or user uploads": app://bundle
      // serves only the built renderer (protocol.ts), none of those. A unit test pins every directive.
      responseHeaders: { // eng-disable CSP_GLOBAL_CHECK
        ...details.responseHeaders,
        'Content-Security-Policy': [
          withTileOrigins(
            "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
            tileOrigins(),
          ),
        ],
      },
    });
  });
}
