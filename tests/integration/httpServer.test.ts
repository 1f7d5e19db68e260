import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/desktop/security';
import { openDatabase, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { startBrowserServer, type BrowserServer } from '../../electron/server/httpServer';
import { tempDir } from './tempDb';

const t = tempDir();
let db: Db;
let server: BrowserServer;

beforeAll(async () => {
  db = openDatabase(t.file('s.sqlite'));
  migrate(db);
  const staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>ok</title>');
  writeFileSync(t.file('secret.txt'), 'secret');
  server = await startBrowserServer({ deps: { db, now: () => new Date('2026-11-27T08:00:00Z'), databasePath: 's', version: 't' }, staticDir, log: () => {} });
});
afterAll(async () => {
  await server.close();
  db.close();
  t.remove();
});

function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method: init.method ?? 'GET', headers: init.headers }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('browser-mode server', () => {
  it('binds to loopback and prints a URL with the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/\\?token=[0-9a-f]{48}$`));
  });
  it('refuses API calls without the token or with a wrong one', async () => {
    expect((await call('/api/app.info', { method: 'POST', body: '{}' })).status).toBe(401);
    expect((await call('/api/app.info', { method: 'POST', body: '{}', headers: { 'x-land-token': 'nope' } })).status).toBe(401);
  });
  it('refuses the page without the token, serves it with one', async () => {
    expect((await call('/')).status).toBe(401);
    const ok = await call(`/?token=${server.token}`);
    expect(ok.status).toBe(200);
    expect(ok.body).toContain('<title>ok</title>');
  });
  it('refuses a foreign Host header (DNS rebinding) and sends no CORS headers', async () => {
    expect((await call(`/?token=${server.token}`, { headers: { Host: 'evil.example:80' } })).status).toBe(403);
  });
  it('never serves files outside its folder', async () => {
    const r = await call(`/..%2Fsecret.txt?token=${server.token}`);
    expect(r.body).not.toContain('secret');
  });
  it('validates input and names the field', async () => {
    const headers = { 'x-land-token': server.token, 'content-type': 'application/json' };
    const bad = await call('/api/zones.list', { method: 'POST', headers, body: JSON.stringify({ asOf: '2026-13-01' }) });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(bad.body).toContain('asOf');
    expect((await call('/api/nope.method', { method: 'POST', headers, body: '{}' })).status).toBe(404);
    expect((await call('/api/zones.list', { method: 'POST', headers, body: '{not json' })).status).toBe(400);
    const empty = await call('/api/zones.list', { method: 'POST', headers, body: JSON.stringify({ asOf: '2026-11-27' }) });
    expect(JSON.parse(empty.body)).toEqual({ ok: true, data: [] });
  });
  it('answers a stale write with 409 Conflict and the refusal, not a server error', async () => {
    const headers = { 'x-land-token': server.token, 'content-type': 'application/json' };
    const stale = { expected: { reminderDays: 45, ageBucketYears: [2, 5] }, value: { reminderDays: 60, ageBucketYears: [2, 5] } };
    const r = await call('/api/settings.local.set', { method: 'POST', headers, body: JSON.stringify(stale) });
    expect(r.status).toBe(409);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });
});

const base = () => `http://127.0.0.1:${server.port}`;
const directives = (csp: string | null) => (csp ?? '').split(';').map((d) => d.trim());

describe('browser-mode headers', () => {
  it('sends the desktop content security policy, form-action none included, on pages and API answers', async () => {
    const page = await fetch(`${base()}/?token=${server.token}`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(directives(page.headers.get('content-security-policy'))).toContain("form-action 'none'");
    const api = await fetch(`${base()}/api/zones.list`, { method: 'POST', headers: { 'x-land-token': server.token }, body: JSON.stringify({ asOf: '2026-11-27' }) });
    expect(api.status).toBe(200);
    expect(directives(api.headers.get('content-security-policy'))).toEqual(expect.arrayContaining(["form-action 'none'", "frame-ancestors 'none'", "script-src 'self'"]));
  });

  it('says its own refusals (token, body) in Chinese too', async () => {
    const noToken = await fetch(`${base()}/api/app.info`, { method: 'POST', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(await noToken.json()).toEqual({ ok: false, error: { code: 'bad-input', message: 'missing or wrong session token', messageZh: '会话令牌缺失或错误：请用程序给出的地址重新打开' } });
    const badJson = await fetch(`${base()}/api/app.info`, { method: 'POST', headers: { 'x-land-token': server.token }, body: '{not json' });
    expect(badJson.status).toBe(400);
    const body = (await badJson.json()) as { error: { message: string; messageZh: string } };
    expect(body.error.message).toMatch(/^invalid JSON body: /);
    expect(body.error.messageZh).toMatch(/^请求内容无法读取（不是有效的 JSON 或过大）：/);
    const unknown = await fetch(`${base()}/api/nope.method`, { method: 'POST', headers: { 'x-land-token': server.token }, body: '{}' });
    expect(await unknown.json()).toEqual({ ok: false, error: { code: 'not-found', message: 'unknown method nope.method', messageZh: '未知的接口方法 nope.method' } });
  });
});
