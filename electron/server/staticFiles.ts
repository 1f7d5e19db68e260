import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** Resolves a URL path inside `root`, refusing anything that escapes it; unknown paths fall back to index.html (client routes). */
export function resolveStatic(root: string, urlPath: string): { file: string; type: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const base = resolve(root);
  const candidate = resolve(join(base, normalize(decoded)));
  if (candidate !== base && !candidate.startsWith(base + sep)) return null;
  const file = existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(base, 'index.html');
  if (!existsSync(file)) return null;
  return { file, type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

export function readStatic(file: string): Buffer {
  return readFileSync(file);
}
