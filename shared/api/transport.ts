/**
 * How the two transports carry LandApi calls (DESIGN.md §2).
 * - Electron: the preload exposes `window.landBridge.invoke(method, input)`; the IPC channel is `api:<method>`.
 * - Browser mode: `POST /api/<method>` with the JSON input as body and header `x-land-token: <token>`;
 *   the token arrives in the page URL as `?token=…` and is kept in sessionStorage.
 * Both answer with an ApiResponse.
 */
export const HTTP_API_PREFIX = '/api/';
export const TOKEN_HEADER = 'x-land-token';
export const TOKEN_QUERY = 'token';
export const IPC_CHANNEL_PREFIX = 'api:';

export interface LandBridge {
  transport: 'electron';
  invoke(method: string, input: unknown): Promise<unknown>;
}

/** API method names: `zones.list`, `report.settings.get`, … (the preload refuses anything else). */
export function isApiMethodName(name: unknown): name is string {
  return typeof name === 'string' && /^[a-z][a-zA-Z]*(\.[a-zA-Z]+)+$/.test(name);
}

/** Desktop only: print a print-route page to a PDF the user saves (browser mode opens the page in a tab instead). */
export const DESKTOP_PRINT_CHANNEL = 'desktop:printPdf';

export interface DesktopPrintRequest {
  zone?: string;
  plots?: readonly string[];
  asOf: string;
  lang: 'zh' | 'en';
}

/** Saved, cancelled, or refused with an error in both languages (the renderer shows it as it shows API errors). */
export type DesktopPrintResult =
  | { saved: true; path: string }
  | { saved: false; path: null; error?: { code: 'bad-input' | 'internal'; message: string; messageZh: string } };

export interface DesktopBridge extends LandBridge {
  printPdf(request: DesktopPrintRequest): Promise<DesktopPrintResult>;
}
