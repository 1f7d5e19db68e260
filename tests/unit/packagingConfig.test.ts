import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { datasetPath } from '../../electron/dataset';
import { WINDOW_ICON } from '../../electron/desktop/appIcon';
import { rendererDir } from '../../electron/rendererBuild';

// electron-builder cannot run here (Electron's binaries come from outside the npm registry): the config is checked.
const root = join(import.meta.dirname, '..', '..');
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Record<string, unknown>;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  main: string;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};
const section = <T = Record<string, unknown>>(key: string): T => config[key] as T;

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

/** Width, height and colour type of a PNG, from its IHDR chunk (the first after the 8-byte signature). */
function pngHeader(file: string): { width: number; height: number; rgba: boolean } {
  const b = readFileSync(file);
  if (!b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) || b.toString('latin1', 12, 16) !== 'IHDR') throw new Error(`${file} is not a PNG`);
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20), rgba: b[25] === 6 };
}

/** The CPU a native module was built for: ELF e_machine or PE machine field. */
function binaryArch(file: string): string {
  const b = readFileSync(file);
  if (b.toString('latin1', 1, 4) === 'ELF') return ({ 0x3e: 'x64', 0xb7: 'arm64' } as Record<number, string>)[b.readUInt16LE(18)] ?? 'other';
  if (b.toString('latin1', 0, 2) === 'MZ') return ({ 0x8664: 'x64', 0xaa64: 'arm64' } as Record<number, string>)[b.readUInt16LE(b.readUInt32LE(0x3c) + 4)] ?? 'other';
  return 'unknown';
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

  it('has a 1024 px Windows icon, a Linux icon set of square PNGs named by size, and packs the window icon', () => {
    const win = section<{ icon: string }>('win');
    expect(pngHeader(join(root, win.icon))).toEqual({ width: 1024, height: 1024, rgba: true });
    const dir = join(root, section<{ icon: string }>('linux').icon);
    const sizes = readdirSync(dir).map((f) => {
      const m = /^(\d+)x(\d+)\.png$/.exec(f);
      expect(m, f).not.toBeNull();
      expect(pngHeader(join(dir, f)), f).toEqual({ width: Number(m?.[1]), height: Number(m?.[2]), rgba: true });
      return Number(m?.[1]);
    });
    expect(sizes.sort((a, b) => a - b)).toEqual([16, 24, 32, 48, 64, 128, 256, 512, 1024]);
    expect(included(config.files as string[], WINDOW_ICON)).toBe(true);
    expect(pngHeader(join(root, WINDOW_ICON)).width).toBe(256);
  });

  it("ships the bundled font's OFL licence beside the app, and keeps the font package out of the asar", () => {
    const extra = config.extraResources as { from: string; to: string }[];
    const licence = extra.find((e) => e.from.startsWith('node_modules/@fontsource/noto-sans-sc/'));
    expect(licence?.to).toMatch(/^licenses\/.+OFL.*\.txt$/);
    expect(readFileSync(join(root, licence?.from ?? ''), 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1');
    // Vite copies the woff2 slices the renderer imports into dist/renderer; the 76 MB package itself is a devDependency.
    expect(pkg.devDependencies).toHaveProperty('@fontsource/noto-sans-sc');
    expect(pkg.dependencies).not.toHaveProperty('@fontsource/noto-sans-sc');
    expect(readFileSync(join(root, 'renderer', 'app', 'bundledFont.ts'), 'utf8')).toContain("import '@fontsource/noto-sans-sc/400.css'");
  });

  it('names every artifact with the package version and the arch, in ASCII', () => {
    expect(config).not.toHaveProperty('version');
    for (const name of [config.artifactName, section('nsis').artifactName]) {
      expect(name).toMatch(/^\$\{name\}-\$\{version\}-.*\$\{arch\}\.\$\{ext\}$/);
    }
    expect(pkg.name).toMatch(/^[a-z0-9-]+$/);
  });

  it('describes the deb for UOS / Kylin: maintainer, vendor, Chinese synopsis and description, category, ASCII command', () => {
    const linux = section<Record<string, string>>('linux');
    expect(linux.maintainer).toMatch(/^\S.* <[^@\s]+@[^@\s>]+>$/);
    expect(linux.vendor).toBeTruthy();
    expect(linux.synopsis).toMatch(/[\u4e00-\u9fff]/);
    expect(linux.description).toMatch(/[\u4e00-\u9fff]/);
    expect(linux.category).toBe('Office');
    expect(linux.executableName).toMatch(/^[a-z0-9-]+$/);
    expect(section('deb')).toMatchObject({ packageCategory: expect.any(String), priority: 'optional' });
  });

  it('builds the NSIS installer in Simplified Chinese with English, letting the user choose the folder', () => {
    expect(section('nsis')).toMatchObject({ installerLanguages: ['zh_CN', 'en_US'], language: '2052', oneClick: false, allowToChangeInstallationDirectory: true });
  });

  it("finds better-sqlite3's shipped binary for every target platform and arch (arm64 packages built on x64 need it)", () => {
    const wanted = [...targets('win').flatMap((t) => t.arch.map((a) => `win32-${a}`)), ...targets('linux').flatMap((t) => t.arch.map((a) => `linux-${a}`))];
    for (const target of new Set(wanted)) {
      const file = join(root, 'node_modules', 'better-sqlite3', 'prebuilds', `${target}.node`);
      expect(existsSync(file), file).toBe(true);
      expect(binaryArch(file), target).toBe(target.split('-')[1]);
    }
  });
});
