import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ElectronProbe = { available: true; binary: string } | { available: false; reason: string };

/** Electron's npm package downloads its binary in an install step; where that could not run, the package has no path.txt. */
export function probeElectron(appRoot: string, platform: NodeJS.Platform): ElectronProbe {
  const pkg = join(appRoot, 'node_modules', 'electron');
  if (!existsSync(join(pkg, 'package.json'))) return { available: false, reason: 'the electron package is not installed' };
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) {
    return { available: false, reason: 'the Electron binary has not been downloaded (its download needs the Electron release server or ELECTRON_MIRROR)' };
  }
  const binary = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  if (!existsSync(binary)) return { available: false, reason: `the Electron binary is missing at ${binary}` };
  if (platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return { available: false, reason: 'there is no graphical display (DISPLAY is not set)' };
  }
  return { available: true, binary };
}
