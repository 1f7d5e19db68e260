import type { Protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { resolveStatic } from '../server/staticFiles';
import { CONTENT_SECURITY_POLICY } from './security';

/** Serves the built renderer from app://bundle/ instead of file:// (Electron security checklist). */
export function serveBundle(protocol: Pick<Protocol, 'handle'>, scheme: string, rendererDir: string): void {
  protocol.handle(scheme, async (request) => {
    const url = new URL(request.url);
    const found = resolveStatic(rendererDir, url.pathname);
    if (!found) return new Response('not found', { status: 404 });
    return new Response(await readFile(found.file), {
      headers: { 'Content-Type': found.type, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
    });
  });
}
