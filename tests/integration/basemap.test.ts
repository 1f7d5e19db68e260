import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { crc32, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../electron/api/dispatch';
import { openDatabase, type Db } from '../../electron/db/connection';
import { migrate } from '../../electron/db/migrate';
import { startBrowserServer, type BrowserServer } from '../../electron/server/httpServer';
import { basemapPathFor } from '../../electron/services/basemap/mbtiles';
import { serveBundle } from '../../electron/desktop/protocol';
import { tempDir } from './tempDb';

const t = tempDir();
let db: Db;
let server: BrowserServer;

/** A real 1×1 RGB PNG of one colour. */
function png(r: number, g: number, b: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(body.length + 8);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), body.length + 4);
    return out;
  };
  const ihdr = Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.from([0, r, g, b]))), chunk('IEND', Buffer.alloc(0))]);
}

const RED = png(255, 0, 0);
const BLUE = png(0, 0, 255);

function get(path: string): Promise<{ status: number; type: string; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  const dbFile = t.file('land.sqlite');
  db = openDatabase(dbFile);
  migrate(db);
  // The .mbtiles is made by the sqlite3 tool, as a user's tile export would be: MBTiles 1.3, tiles in TMS rows.
  const sql = [
    'CREATE TABLE metadata (name TEXT, value TEXT);',
    'CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);',
    "INSERT INTO metadata VALUES ('name', '濮阳 test'), ('format', 'png'), ('minzoom', '1'), ('maxzoom', '1'), ('bounds', '114.5,35.0,116.5,36.5'), ('attribution', '测试底图');",
    // XYZ row 0 (north) is TMS row 1 at zoom 1; XYZ row 1 is TMS row 0.
    `INSERT INTO tiles VALUES (1, 0, 1, X'${RED.toString('hex')}'), (1, 1, 0, X'${BLUE.toString('hex')}');`,
  ].join('\n');
  execFileSync('sqlite3', [basemapPathFor(dbFile)], { input: sql });
  const staticDir = t.file('static');
  mkdirSync(staticDir);
  writeFileSync(`${staticDir}/index.html`, '<!doctype html><title>ok</title>');
  server = await startBrowserServer({ deps: { db, now: () => new Date('2026-11-27T08:00:00Z'), databasePath: dbFile, version: 't' }, staticDir, log: () => {} });
});
afterAll(async () => {
  await server.close();
  db.close();
  t.remove();
});

describe('offline raster basemap (.mbtiles next to the database)', () => {
  it('describes itself through map.basemap', () => {
    const deps = { db, now: () => new Date(), databasePath: t.file('land.sqlite'), version: 't', transport: 'http' as const };
    expect(dispatch(deps, 'map.basemap', {})).toEqual({
      ok: true,
      data: { name: '濮阳 test', format: 'png', minZoom: 1, maxZoom: 1, bounds: [114.5, 35, 116.5, 36.5], attribution: '测试底图' },
    });
    expect(dispatch({ ...deps, databasePath: t.file('elsewhere/land.sqlite') }, 'map.basemap', {})).toEqual({ ok: true, data: null });
  });

  it('serves tiles in XYZ rows from TMS storage (row flip), 404 where there is none, 401 without the token', async () => {
    const auth = `?token=${server.token}`;
    const north = await get(`/tiles/1/0/0${auth}`);
    expect(north.status).toBe(200);
    expect(north.type).toBe('image/png');
    expect(north.body.equals(RED)).toBe(true);
    expect((await get(`/tiles/1/1/1.png${auth}`)).body.equals(BLUE)).toBe(true);
    expect((await get(`/tiles/1/0/1${auth}`)).status).toBe(404);
    expect((await get(`/tiles/1/5/0${auth}`)).status).toBe(404);
    expect((await get('/tiles/1/0/0')).status).toBe(401);
  });

  it('the desktop app:// protocol serves the same tiles and the bundle', async () => {
    let handler: ((r: Request) => Promise<Response>) | undefined;
    serveBundle({ handle: (_scheme: string, h: (r: Request) => Promise<Response>) => void (handler = h) }, 'app', t.file('static'), t.file('land.sqlite'));
    if (!handler) throw new Error('no protocol handler registered');
    const north = await handler(new Request('app://bundle/tiles/1/0/0'));
    expect(north.status).toBe(200);
    expect(Buffer.from(await north.arrayBuffer()).equals(RED)).toBe(true);
    expect(north.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await handler(new Request('app://bundle/tiles/1/0/1'))).status).toBe(404);
    expect(await (await handler(new Request('app://bundle/index.html'))).text()).toContain('<title>ok</title>');
  });
});
