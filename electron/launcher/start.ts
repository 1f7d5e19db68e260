import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { processRunEnv, runCli } from '../cli/run';
import { ensureRendererBuilt } from '../rendererBuild';
import { probeElectron } from './electronBinary';

// `npm start`: the desktop app when Electron can run here, otherwise browser mode with a plain explanation.
const appRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const log = (line: string) => process.stderr.write(`${line}\n`);

const probe = probeElectron(appRoot, process.platform);

if (probe.available) {
  // Browser mode's `serve` builds it itself (below): checking here too walked the sources twice per start.
  ensureRendererBuilt(appRoot, log);
  const built = spawnSync(process.execPath, [join(appRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(appRoot, 'scripts', 'build-electron.ts')], {
    cwd: appRoot,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(2);
  const child = spawn(probe.binary, [appRoot, ...process.argv.slice(2)], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  log(`桌面版 Electron 无法启动：${probe.reason}。改用浏览器模式（功能相同）。`);
  log(`Electron cannot start: ${probe.reason}. Falling back to browser mode (same features).`);
  log('To get the desktop shell: `node node_modules/electron/install.js` (set ELECTRON_MIRROR for a mirror), then `npm start` again.');
  let opened = false;
  const code = await runCli(
    processRunEnv(appRoot, ['serve', ...process.argv.slice(2)], {
      stdout: (text) => {
        process.stdout.write(text);
        const url = text.trim();
        if (!opened && url.startsWith('http://127.0.0.1:')) {
          opened = true;
          openInBrowser(url);
        }
      },
      stderr: (text) => process.stderr.write(text),
    }),
  );
  if (code !== 0) process.exit(code);
  log('按 Ctrl+C 停止 / Press Ctrl+C to stop.');
}

function openInBrowser(url: string): void {
  const opener = process.platform === 'win32' ? 'explorer' : process.platform === 'darwin' ? 'open' : 'xdg-open';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) return;
  const child = spawn(opener, [url], { stdio: 'ignore', detached: true });
  child.on('error', () => log(`(could not open a browser automatically; open the address above)`));
  child.unref();
}
