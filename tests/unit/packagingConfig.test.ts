import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datasetPath } from '../../electron/dataset';
import { rendererDir } from '../../electron/rendererBuild';

// electron-builder cannot run here (Electron's binaries come from outside the npm registry): the config is checked.
const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; main: string; dependencies: Record<string, string> };

interface Target {
  target: string;
  arch: string[];
}
const targets = (platform: 'win' | 'linux'): Target[] => ((config[platform] as { target: Target[] }).target ?? []).map((t) => ({ ...t, arch: [...t.arch].sort() }));

/** Does an electron-builder `files` glob list (with `!` exclusions) take this path? */
function included(globs: string[], path: string): boolean {
  const toRegex = (g: string) => new RegExp(`^${g.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*\*\/?/g, '§').replace(/\*/g, '[^/]*').replace(/§/g, '.*')}$`);
  let taken = false;
  for (const g of globs) {
    if (g.startsWith('!')) {
      if (toRegex(g.slice(1)).test(path)) taken = false;
    } else if (toRegex(g).test(path)) taken = true;
  }
  return taken;
}

describe('electron-builder.yml', () => {
  it('sets the fuses of the security checklist', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds Windows NSIS x64 and Linux deb + AppImage for x64 and arm64', () => {
    expect(targets('win')).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(targets('linux')).toEqual([
      { target: 'deb', arch: ['arm64', 'x64'] },
      { target: 'AppImage', arch: ['arm64', 'x64'] },
    ]);
  });

  it('has the app id, and takes its version from package.json', () => {
    expect(config.appId).toBe('cn.puyang.zrzy.landuse');
    expect(pkg.version).toMatch(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
    // electron-builder reads the version from package.json unless the config overrides it: nothing may.
    expect(config).not.toHaveProperty('buildVersion');
    expect(config.extraMetadata).not.toHaveProperty('version');
  });

  it('packs the built main, preload, import worker, renderer and seed data, without source maps', () => {
    const files = config.files as string[];
    expect((config.extraMetadata as { main: string }).main).toBe(pkg.main);
    for (const path of [pkg.main, 'dist/electron/preload.cjs', 'dist/electron/importWorker.cjs', 'package.json']) expect(included(files, path), path).toBe(true);
    expect(included(files, `${rendererDir('').replace(/^[/\\]/, '')}/index.html`)).toBe(true);
    expect(included(files, datasetPath('').replace(/^[/\\]/, ''))).toBe(true);
    expect(included(files, 'dist/electron/main.cjs.map')).toBe(false);
    expect(included(files, 'electron/main.ts')).toBe(false);
  });

  it('unpacks better-sqlite3 from the asar and uses its shipped N-API binary (no rebuild)', () => {
    expect(pkg.dependencies).toHaveProperty('better-sqlite3');
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.asarUnpack).toContain('dist/electron/importWorker.cjs');
    expect(config.npmRebuild).toBe(false);
    expect(config).not.toHaveProperty('asar', false);
  });
});
