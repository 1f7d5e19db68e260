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
