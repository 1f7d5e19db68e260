import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HandlerDeps } from '../../electron/api/handlers';
import type { Db } from '../../electron/db/connection';
import { onlineTileOrigins } from '../../electron/services/basemap/onlineSource';
import { apiCaller } from './apiCall';
import { openSeeded } from './seededDb';
import { tempDir } from './tempDb';

const t = tempDir();
let db: Db;
const api = apiCaller((): HandlerDeps => ({ db, now: () => new Date('2026-11-27T08:00:00Z'), transport: 'http', databasePath: t.file('land.sqlite'), version: 'test' }));
const auditRows = () =>
  db.prepare("SELECT actor, old_value AS oldValue, new_value AS newValue FROM audit_log WHERE table_name = 'settings' AND record_id = 'basemap.online' ORDER BY rowid").all() as {
    actor: string;
    oldValue: string;
    newValue: string;
  }[];

beforeAll(() => {
  db = openSeeded(t.file('land.sqlite')).db;
});
afterAll(() => {
  db.close();
  t.remove();
});

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

  it('a stored value that no longer validates reads as none (offline), never as a guess', () => {
    db.prepare("UPDATE settings SET value = ? WHERE key = 'basemap.online'").run(JSON.stringify({ kind: 'xyz', url: 'ftp://x/{z}/{x}/{y}' }));
    expect(api.call('map.onlineBasemap.get', {})).toEqual({ kind: 'none' });
    expect(onlineTileOrigins(db)).toEqual([]);
  });
});
