import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const Manifest = z.object({ bundle: z.string(), inputs: z.record(z.string(), z.tuple([z.number(), z.number()])) });

function writeAtomically(file: string, data: string | Uint8Array): void {
  writeFileSync(`${file}.${process.pid}.part`, data);
  renameSync(`${file}.${process.pid}.part`, file);
}

/** The inputs of the last bundle, unchanged since (same modification time and size): its bundle can be reused. */
function reusable(dir: string, manifestFile: string): string | null {
  try {
    const m = Manifest.parse(JSON.parse(readFileSync(manifestFile, 'utf8')));
    const bundle = join(dir, m.bundle);
    if (!existsSync(bundle)) return null;
    for (const [file, [mtime, size]] of Object.entries(m.inputs)) {
      const s = statSync(file);
      if (s.mtimeMs !== mtime || s.size !== size) return null;
    }
    return bundle;
  } catch {
    return null;
  }
}

/**
 * From source, the import worker is bundled with esbuild (a dev dependency, like tsx): a worker that loads its
 * TypeScript through tsx spends about 1.5 s starting, a bundled one about 0.1 s. better-sqlite3 stays outside the
 * bundle (a native module), so the bundle lives where `require` finds it: node_modules/.cache of this checkout, named
 * by its content hash. A manifest of the bundle's inputs lets later processes skip esbuild while no input changed.
 */
export async function bundleFromSource(source: URL): Promise<string> {
  const entry = fileURLToPath(source);
  const root = join(dirname(entry), '..', '..', '..');
  const dir = join(root, 'node_modules', '.cache', 'puyang-land');
  const manifestFile = join(dir, `${createHash('sha256').update(entry).digest('hex').slice(0, 12)}.json`);
  const cached = reusable(dir, manifestFile);
  if (cached) return cached;
  const { build } = await import('esbuild');
  const out = await build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', target: 'node22', logLevel: 'silent', external: ['better-sqlite3'], absWorkingDir: root });
  const code = out.outputFiles[0]?.contents;
  if (!code) throw new Error('esbuild produced no worker bundle');
  mkdirSync(dir, { recursive: true });
  const name = `import-worker-${createHash('sha256').update(code).digest('hex').slice(0, 16)}.cjs`;
  const file = join(dir, name);
  if (!existsSync(file)) writeAtomically(file, code);
  const inputs = Object.fromEntries(
    Object.keys(out.metafile.inputs).map((input) => {
      const path = resolve(root, input);
      const s = statSync(path);
      return [path, [s.mtimeMs, s.size]];
    }),
  );
  writeAtomically(manifestFile, JSON.stringify({ bundle: name, inputs }));
  return file;
}
