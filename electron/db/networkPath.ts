import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const NETWORK_FS = /^(nfs\d?|cifs|smb\d?|smbfs|9p|afs|ceph|glusterfs|fuse\.sshfs|fuse\.rclone|davfs|fuse\.davfs2?)$/;

/** Is the file on a network share? UNC paths on Windows; on Linux the file system type of the longest matching mount. */
export function isNetworkPath(file: string, platform: NodeJS.Platform = process.platform, mounts: () => string = () => readFileSync('/proc/mounts', 'utf8')): boolean {
  if (/^(\\\\|\/\/)[^\\/]+[\\/]/.test(file)) return true;
  if (platform !== 'linux') return false;
  let table: string;
  try {
    table = mounts();
  } catch {
    return false;
  }
  const path = resolve(file);
  let best = { len: -1, type: '' };
  for (const line of table.split('\n')) {
    const [, mountPoint, type] = line.split(' ');
    if (mountPoint === undefined || type === undefined) continue;
    const mp = mountPoint.replace(/\\040/g, ' ');
    const inside = path === mp || path.startsWith(mp.endsWith('/') ? mp : `${mp}/`);
    if (inside && mp.length > best.len) best = { len: mp.length, type };
  }
  return NETWORK_FS.test(best.type);
}

/** SQLite's WAL needs shared memory on one machine: a live database on a network share would corrupt. */
export function assertLocalPath(file: string, platform?: NodeJS.Platform, mounts?: () => string): void {
  if (isNetworkPath(file, platform, mounts)) {
    throw new NetworkPathError(`${file} is on a network share; the database must live on a local disk (SQLite WAL does not work over the network). 数据库须放在本机磁盘上。`);
  }
}

export class NetworkPathError extends Error {}
