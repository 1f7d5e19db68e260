import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { join } from 'node:path';
import { appDatabaseDeps } from './dataset';
import { openLandDatabase } from './db/open';
import { createAppSession } from './api/session';
import { warmUpMapData } from './api/warmUp';
import { windowIconPath } from './desktop/appIcon';
import { registerIpc } from './desktop/ipc';
import { registerPrintIpc } from './desktop/printIpc';
import { printToPdf } from './desktop/printToPdf';
import { serveBundle } from './desktop/protocol';
import { APP_ORIGIN, APP_SCHEME, createSecureWindow, denyPermissions, installCsp, lockDownContents } from './desktop/security';
import { defaultDataDir, DB_FILE_NAME } from './paths';
import { onlineTileOrigins } from './services/basemap/onlineSource';
import { rendererDir } from './rendererBuild';

// The desktop shell: window, protocol and IPC only; everything else is the same code browser mode runs.
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.setPath('userData', defaultDataDir({ platform: process.platform, env: process.env, home: app.getPath('home') }));
app.on('web-contents-created', (_event, contents) => lockDownContents(contents));

async function start(): Promise<void> {
  await app.whenReady();
  const appRoot = app.getAppPath();
  const file = join(app.getPath('userData'), DB_FILE_NAME);
  const open = () => openLandDatabase(file, appDatabaseDeps(appRoot, () => new Date())).db;
  const db = open();
  // A restore from the UI closes this connection and opens the restored file the same way.
  const appSession = createAppSession(db, open);
  app.on('will-quit', () => appSession.database.current.close());
  denyPermissions(session.defaultSession);
  const tileOrigins = () => onlineTileOrigins(appSession.database.current);
  installCsp(session.defaultSession, tileOrigins);
  serveBundle(protocol, APP_SCHEME, rendererDir(appRoot), file, tileOrigins);
  const deps = { db, session: appSession, now: () => new Date(), transport: 'electron' as const, databasePath: file, version: app.getVersion() };
  registerIpc(ipcMain, deps, console.error);
  const preload = join(__dirname, 'preload.cjs');
  registerPrintIpc(ipcMain, {
    chooseFile: async (name) => {
      const r = await dialog.showSaveDialog({ defaultPath: join(app.getPath('documents'), name), filters: [{ name: 'PDF', extensions: ['pdf'] }] });
      return r.canceled || !r.filePath ? null : r.filePath;
    },
    print: (query, out) => printToPdf({ query, out, preload }),
  });
  Menu.setApplicationMenu(null);
  const window = createSecureWindow(BrowserWindow, { width: 1600, height: 1000, title: '濮阳市开发区土地节约集约利用监管系统', icon: windowIconPath(app.getAppPath()) }, preload);
  const loading = window.loadURL(`${APP_ORIGIN}/index.html`);
  // Today's map data is computed while the window loads its scripts (browser mode does the same after listening).
  setTimeout(() => warmUpMapData(deps, console.error), 0);
  await loading;
}

app.on('window-all-closed', () => app.quit());
start().catch((error: unknown) => {
  console.error(error);
  app.exit(1);
});
