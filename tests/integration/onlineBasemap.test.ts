import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveBundle } from '../../electron/desktop/protocol';
import { onlineTileOrigins } from '../../electron/services/basemap/onlineSource';
import { seededApiSuite } from './seededApiSuite';

const { db, folder: t, ...api } = seededApiSuite();
const auditRows = () =>
  db.prepare("SELECT actor, old_value AS oldValue, new_value AS newValue FROM audit_log WHERE table_name = 'settings' AND record_id = 'basemap.online' ORDER BY rowid").all() as {
    actor: string;
    oldValue: string;
    newValue: string;
  }[];

describe('online basemap setting (real SQLite)', () => {
  it('is none by default: nothing pinned', () => {
    expect(api.call('map.onlineBasemap.get', {})).toEqual({ kind: 'none' });
    expect(onlineTileOrigins(db)).toEqual([]);
  });

  it('saves a bureau server with its audit row in the same write', () => {
    const source = { kind: 'xyz', url: 'https://{s}.tiles.bureau.example/{z}/{x}/{y}.png', subdomains: 'ab', datum: 'gcj02', attribution: '局内底图', maxZoom: 17 } as const;
    expect(api.call('map.onlineBasemap.set', { source, author: '张三' })).toEqual(source);
    expect(api.call('map.onlineBasemap.get', {})).toEqual(source);
    expect(onlineTileOrigins(db)).toEqual(['https://a.tiles.bureau.example', 'https://b.tiles.bureau.example']);
    const [row] = auditRows();
    expect(row?.actor).toBe('张三');
    expect(JSON.parse(row?.oldValue ?? 'null')).toEqual({ kind: 'none' });
    expect(JSON.parse(row?.newValue ?? 'null')).toEqual(source);
  });

  it('refuses bad input naming the field, and leaves the setting and the audit log as they were', () => {
    const before = api.call('map.onlineBasemap.get', {});
    const audits = auditRows().length;
    const bad = api.fail('map.onlineBasemap.set', { source: { kind: 'tianditu', key: 'xyz', layer: 'vec', labels: true, reviewNumber: '' } });
    expect(bad.code).toBe('bad-input');
    expect(bad.message).toMatch(/key/);
    expect(api.fail('map.onlineBasemap.set', { source: { kind: 'xyz', url: 'https://*.example/{z}/{x}/{y}', subdomains: '', datum: 'cgcs2000', attribution: 'x', maxZoom: 18 } }).message).toMatch(/url/);
    expect(api.fail('map.onlineBasemap.set', { source: { kind: 'wms' } }).code).toBe('bad-input');
    expect(api.call('map.onlineBasemap.get', {})).toEqual(before);
    expect(auditRows()).toHaveLength(audits);
  });

  it('the desktop app:// handler pins the configured origins in the page header and its meta CSP, read per request', async () => {
    const dir = t.file('bundle');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'index.html'), readFileSync(join(import.meta.dirname, '..', '..', 'renderer', 'index.html')));
    let handler: ((r: Request) => Promise<Response>) | undefined;
    serveBundle({ handle: (_scheme: string, h: (r: Request) => Promise<Response>) => void (handler = h) }, 'app', dir, t.file('land.sqlite'), () => onlineTileOrigins(db));
    if (!handler) throw new Error('no protocol handler registered');
    const page = await handler(new Request('app://bundle/index.html'));
    expect(page.headers.get('content-security-policy')).toContain("img-src 'self' data: blob: https://a.tiles.bureau.example https://b.tiles.bureau.example;");
    expect(await page.text()).toContain("img-src 'self' data: https://a.tiles.bureau.example https://b.tiles.bureau.example;");
    api.call('map.onlineBasemap.set', { source: { kind: 'none' } });
    const offline = await handler(new Request('app://bundle/index.html'));
    expect(offline.headers.get('content-security-policy')).not.toMatch(/https?:/);
    expect(await offline.text()).not.toMatch(/img-src[^;]*https?:/);
  });

  it('a stored value that no longer validates reads as none (offline), never as a guess', () => {
    db.prepare("UPDATE settings SET value = ? WHERE key = 'basemap.online'").run(JSON.stringify({ kind: 'xyz', url: 'ftp://x/{z}/{x}/{y}' }));
    expect(api.call('map.onlineBasemap.get', {})).toEqual({ kind: 'none' });
    expect(onlineTileOrigins(db)).toEqual([]);
  });
});
