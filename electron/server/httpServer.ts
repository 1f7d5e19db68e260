import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiError } from '../../shared/api/contract';
import { IDLE_LAND_UPLOAD_METHODS } from '../../shared/api/methods/idleLand';
import { HTTP_API_PREFIX, TOKEN_HEADER, TOKEN_QUERY } from '../../shared/api/transport';
import { INSPECTION_LIMITS } from '../../shared/schemas/inspection';
import { dispatchAsync } from '../api/dispatch';
import { warmUpMapData } from '../api/warmUp';
import { answerJson } from './answerJson';
import { basemapFor } from '../services/basemap/mbtiles';
import { onlineTileOrigins } from '../services/basemap/onlineSource';
import { CONTENT_SECURITY_POLICY, staticWithTileOrigins } from '../desktop/security';
import type { HandlerDeps } from '../api/handlers';
import { readStatic, resolveStatic } from './staticFiles';

const MAX_BODY = 1 << 20;
/** Import methods carry the file itself (base64 in JSON): a zipped Shapefile or workbook of a whole county fits in 64 MiB; export.file may carry the ids of a filtered table. */
const MAX_FILE_BODY = 64 << 20;
const FILE_METHODS = new Set(['import.preview', 'import.run', 'import.start', 'export.file']);
/** backup.restore carries a whole database (base64 in JSON): up to about 370 MB of SQLite (V8 strings end near 512 MiB). */
const MAX_RESTORE_BODY = 500 << 20;

/** HTTP status of each API error code: a stale write is 409 Conflict, not a server failure. */
const STATUS_OF: Record<ApiError['code'], number> = { 'bad-input': 400, 'not-found': 404, conflict: 409, internal: 500 };
/** Inspection photos and case attachments (base64 in JSON): capped by the schema, so 20 MiB is enough. */
const UPLOAD_METHODS = new Set(IDLE_LAND_UPLOAD_METHODS);
const COOKIE = 'land_session';
const SECURITY_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  // The desktop's policy, word for word: browser mode must be no looser (it lacked form-action 'none' when it had its own copy).
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
};

export interface BrowserServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface ServeOptions {
  deps: Omit<HandlerDeps, 'transport'>;
  staticDir: string;
  port?: number;
  token?: string;
  log?: (e: unknown) => void;
  /** Compute today's map data right after listening (default true): see api/warmUp.ts. */
  warmUp?: boolean;
}

function sameToken(a: string | undefined, token: string): boolean {
  if (a === undefined) return false;
  const x = Buffer.from(a);
  const y = Buffer.from(token);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookieToken(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [k, v] = part.trim().split('=');
    if (k === COOKIE) return v;
  }
  return undefined;
}

function send(res: ServerResponse, status: number, body: string | Buffer, type: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': type, ...extra });
  res.end(body);
}

/** A static file; a page's CSP also pins the tile origins of the online basemap the user configured (none by default). */
function sendStatic(res: ServerResponse, file: Buffer, type: string, tileOrigins: () => readonly string[], extra: Record<string, string>): void {
  const { body, csp } = staticWithTileOrigins(file, type, tileOrigins);
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Security-Policy': csp, 'Content-Type': type, ...extra });
  res.end(body);
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Browser mode: loopback only, a per-session token on every request, no CORS (DESIGN.md §6). */
export function startBrowserServer(options: ServeOptions): Promise<BrowserServer> {
  const token = options.token ?? randomBytes(24).toString('hex');
  const deps: HandlerDeps = { ...options.deps, transport: 'http' };
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const host = req.headers.host ?? '';
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) return send(res, 403, 'forbidden host', 'text/plain');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith(HTTP_API_PREFIX)) {
      if (req.method !== 'POST') return send(res, 405, 'POST only', 'text/plain', { Allow: 'POST' });
      const headerToken = req.headers[TOKEN_HEADER];
      if (!sameToken(typeof headerToken === 'string' ? headerToken : undefined, token)) {
        return send(res, 401, JSON.stringify({ ok: false, error: { code: 'bad-input', message: 'missing or wrong session token', messageZh: '会话令牌缺失或错误：请用程序给出的地址重新打开' } }), 'application/json');
      }
      let input: unknown;
      try {
        const method = url.pathname.slice(HTTP_API_PREFIX.length);
        const body = await readBody(req, method === 'backup.restore' ? MAX_RESTORE_BODY : FILE_METHODS.has(method) ? MAX_FILE_BODY : UPLOAD_METHODS.has(method) ? INSPECTION_LIMITS.maxRequestBytes : MAX_BODY);
        input = body.trim() === '' ? {} : JSON.parse(body);
      } catch (e) {
        return send(res, 400, JSON.stringify({ ok: false, error: { code: 'bad-input', message: `invalid JSON body: ${(e as Error).message}`, messageZh: `请求内容无法读取（不是有效的 JSON 或过大）：${(e as Error).message}` } }), 'application/json');
      }
      const answer = await dispatchAsync(deps, url.pathname.slice(HTTP_API_PREFIX.length), input, options.log);
      const status = answer.ok ? 200 : STATUS_OF[answer.error.code];
      return send(res, status, answerJson(answer), 'application/json; charset=utf-8');
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'GET only', 'text/plain');
    const queryToken = url.searchParams.get(TOKEN_QUERY) ?? undefined;
    const authorised = sameToken(queryToken, token) || sameToken(cookieToken(req), token);
    if (!authorised) return send(res, 401, 'Open the address printed by the app (it carries the access token).', 'text/plain; charset=utf-8');
    const tile = /^\/tiles\/(\d+)\/(\d+)\/(\d+)(?:\.\w+)?$/.exec(url.pathname);
    if (tile) {
      const found = basemapFor(deps.databasePath)?.tile(Number(tile[1]), Number(tile[2]), Number(tile[3]));
      return found ? send(res, 200, found.bytes, found.type) : send(res, 404, 'no tile', 'text/plain');
    }
    const found = resolveStatic(options.staticDir, url.pathname);
    if (!found) return send(res, 404, 'not found (is the renderer built? run npm run build:renderer)', 'text/plain');
    const cookie = { 'Set-Cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` };
    return sendStatic(res, readStatic(found.file), found.type, () => onlineTileOrigins(deps.session?.database.current ?? deps.db), cookie);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      options.log?.(e);
      if (!res.headersSent) send(res, 500, 'internal error', 'text/plain');
    });
  });
  return new Promise((resolveServer, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolveServer({
        url: `http://127.0.0.1:${port}/?${TOKEN_QUERY}=${token}`,
        token,
        port,
        close: () => new Promise<void>((r) => server.close(() => r())),
      });
      if (options.warmUp ?? true) setTimeout(() => warmUpMapData({ ...options.deps, transport: 'http' }, options.log).forEach(answerJson), 0);
    });
  });
}
