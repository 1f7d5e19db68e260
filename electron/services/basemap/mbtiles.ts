import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BasemapInfo } from '../../../shared/api/methods/basemap';

/** The user's offline raster basemap: an .mbtiles file placed next to the database under this name. */
export const BASEMAP_FILE_NAME = 'basemap.mbtiles';

export function basemapPathFor(databasePath: string): string {
  return join(dirname(databasePath), BASEMAP_FILE_NAME);
}

const TILE_TYPES: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp' };

/** A raster MBTiles 1.3 file, read-only. Tiles are stored in TMS rows (origin bottom-left); the map asks in XYZ rows. */
export class MbTiles {
  private readonly db: Database.Database;
  readonly info: BasemapInfo;
  private readonly select: Database.Statement<[number, number, number], { tile_data: Buffer }>;

  constructor(file: string) {
    this.db = new Database(file, { readonly: true, fileMustExist: true });
    try {
      const meta = new Map((this.db.prepare('SELECT name, value FROM metadata').all() as { name: string; value: string }[]).map((r) => [r.name, r.value]));
      const format = (meta.get('format') ?? 'png').toLowerCase();
      if (!(format in TILE_TYPES)) throw new Error(`${file}: tile format "${format}" is not a raster format (png, jpg, webp)`);
      const zooms = this.db.prepare('SELECT MIN(zoom_level) AS lo, MAX(zoom_level) AS hi FROM tiles').get() as { lo: number | null; hi: number | null };
      const bounds = (meta.get('bounds') ?? '').split(',').map(Number);
      this.info = {
        name: meta.get('name') ?? BASEMAP_FILE_NAME,
        format,
        minZoom: Number(meta.get('minzoom') ?? zooms.lo ?? 0),
        maxZoom: Number(meta.get('maxzoom') ?? zooms.hi ?? 18),
        bounds: bounds.length === 4 && bounds.every(Number.isFinite) ? (bounds as [number, number, number, number]) : null,
        attribution: meta.get('attribution') ?? null,
      };
      this.select = this.db.prepare('SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?');
    } catch (e) {
      this.db.close();
      throw e;
    }
  }

  /** The tile at XYZ coordinates, or null when the file has none there. */
  tile(z: number, x: number, y: number): { bytes: Buffer; type: string } | null {
    const n = 2 ** z;
    if (!Number.isInteger(z) || !Number.isInteger(x) || !Number.isInteger(y) || z < 0 || z > 30 || x < 0 || y < 0 || x >= n || y >= n) return null;
    const row = this.select.get(z, x, n - 1 - y);
    return row ? { bytes: row.tile_data, type: TILE_TYPES[this.info.format] ?? 'application/octet-stream' } : null;
  }

  close(): void {
    this.db.close();
  }
}

const open = new Map<string, { mtimeMs: number; tiles: MbTiles }>();

/** The basemap next to this database, opened once and reopened when the file is replaced; null when there is none. */
export function basemapFor(databasePath: string): MbTiles | null {
  const file = basemapPathFor(databasePath);
  const current = open.get(file);
  if (!existsSync(file)) {
    current?.tiles.close();
    open.delete(file);
    return null;
  }
  const mtimeMs = statSync(file).mtimeMs;
  if (current && current.mtimeMs === mtimeMs) return current.tiles;
  current?.tiles.close();
  const tiles = new MbTiles(file);
  open.set(file, { mtimeMs, tiles });
  return tiles;
}
