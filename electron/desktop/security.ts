import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://bundle`;

/**
 * No remote origin at all: the map draws bundled outlines and an offline basemap served from the same origin. A remote
 * tile server, if one is ever configured, is pinned by adding its exact https host to img-src here and in installCsp.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

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
 * evaluate it; a unit test asserts the two are equal.
 */
export function installCsp(session: Pick<Session, 'webRequest'>): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      // Its one evaluator note is "'self' can be problematic if you host JSONP, Angular or user uploads": app://bundle
      // serves only the built renderer (protocol.ts), none of those. A unit test pins every directive.
      responseHeaders: { // eng-disable CSP_GLOBAL_CHECK
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ],
      },
    });
  });
}
