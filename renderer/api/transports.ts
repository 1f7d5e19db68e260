import type { ApiResponse } from '../../shared/api/contract';
import { HTTP_API_PREFIX, TOKEN_HEADER, type LandBridge } from '../../shared/api/transport';
import { ApiCallError } from './ApiCallError';

/** Sends one call and returns the raw ApiResponse envelope. */
export type Send = (method: string, input: unknown) => Promise<ApiResponse<unknown>>;

declare global {
  interface Window {
    landBridge?: LandBridge;
  }
}

function isEnvelope(value: unknown): value is ApiResponse<unknown> {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof (value as { ok: unknown }).ok === 'boolean';
}

function envelopeOrThrow(method: string, value: unknown): ApiResponse<unknown> {
  if (!isEnvelope(value)) throw new ApiCallError(method, 'transport', 'unexpected response shape', '程序服务返回的内容格式不对');
  return value;
}

export function bridgeSend(bridge: LandBridge): Send {
  return async (method, input) => envelopeOrThrow(method, await bridge.invoke(method, input));
}

export function httpSend(token: string | null, baseUrl = ''): Send {
  return async (method, input) => {
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${HTTP_API_PREFIX}${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { [TOKEN_HEADER]: token } : {}) },
        body: JSON.stringify(input),
      });
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      throw new ApiCallError(method, 'transport', reason, `无法连接到程序服务（${reason}）：请确认程序仍在运行`);
    }
    const httpError = () => new ApiCallError(method, 'transport', `HTTP ${response.status} ${response.statusText}`, `程序服务返回了 HTTP ${response.status} 错误`);
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw httpError();
    }
    if (!isEnvelope(body) && !response.ok) throw httpError();
    return envelopeOrThrow(method, body);
  };
}
