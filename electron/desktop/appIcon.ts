import { join } from 'node:path';

/** Relative to the app folder (the asar when packaged): electron-builder.yml packs this one PNG of build/icons. */
export const WINDOW_ICON = 'build/icons/256x256.png';

/**
 * The window's icon. Linux task bars and window switchers (UOS, Kylin) take it from the window; on Windows the .exe's
 * own icon (from build/icon.png) shows anyway, and this one matches it.
 */
export function windowIconPath(appPath: string): string {
  return join(appPath, ...WINDOW_ICON.split('/'));
}
