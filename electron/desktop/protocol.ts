import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { basemapFor } from '../services/basemap/mbtiles';
import { resolveStatic } from '../server/staticFiles';
import { CONTENT_SECURITY_POLICY, staticWithTileOrigins } from './security';

const TILE = /^\/tiles\/(\d+)\/(\d+)\/(\d+)(?:\.\w+)?$/;

/**
 * Serves the built renderer from app://bundle/ instead of file:// (Electron security checklist), and the user's
 * offline basemap tiles at /tiles/z/x/y as browser mode's server does.
 */
export function serveBundle(
  protocol: Pick<Protocol, 'handle'>,
  scheme: string,
  rendererDir: string,
  databasePath: string,
  tileOrigins: () => readonly string[] = () => [],
): void {
  protocol.handle(scheme, async (request) => {
    const url = new URL(request.url);
    const tile = TILE.exec(url.pathname);
    if (tile) {
      const found = basemapFor(databasePath)?.tile(Number(tile[1]), Number(tile[2]), Number(tile[3]));
      return found ? new Response(new Uint8Array(found.bytes), { headers: { 'Content-Type': found.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' } }) : new Response('no tile', { status: 404 });
    }
    const found = resolveStatic(rendererDir, url.pathname);
    if (!found) return new Response('not found', { status: 404 });
    const { body, csp } = staticWithTileOrigins(await readFile(found.file), found.type, tileOrigins);
    return new Response(body, { headers: { 'Content-Type': found.type, 'Content-Security-Policy': csp, 'X-Content-Type-Options': 'nosniff' } });
  });
}
