import { API_METHODS, type ApiInput, type ApiMethod, type ApiOutput, type LandApi } from '../../shared/api/contract';
import { ApiCallError } from './ApiCallError';
import { takeAccessToken } from './token';
import { bridgeSend, httpSend, type Send } from './transports';

/** Builds a LandApi over any transport: each method sends its input and unwraps the envelope, throwing ApiCallError on `ok: false`. */
function createLandApi(send: Send): LandApi {
  const call = async <M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiOutput<M>> => {
    const response = await send(method, input);
    if (!response.ok) throw new ApiCallError(method, response.error.code, response.error.message, response.error.messageZh);
    return response.data as ApiOutput<M>;
  };
  const api: Partial<Record<ApiMethod, (input: never) => Promise<unknown>>> = {};
  for (const method of API_METHODS) api[method] = (input: never) => call(method, input);
  return api as LandApi;
}

/** Electron preload bridge when present, otherwise HTTP to the page's own origin with the session token. */
export function createDefaultLandApi(): { api: LandApi; transport: 'electron' | 'http' } {
  const bridge = window.landBridge;
  if (bridge) return { api: createLandApi(bridgeSend(bridge)), transport: 'electron' };
  return { api: createLandApi(httpSend(takeAccessToken())), transport: 'http' };
}
