import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/**
 * Writes `data` under `path` so that the name only ever holds a whole file: the bytes go to a hidden temp file in the
 * same folder (same file system, so the rename is atomic), are flushed to disk, then renamed over the name. A crash
 * or a failed write leaves the old file (or no file) under the user's name, never half a PDF; a failure removes the
 * temp file.
 */
export async function writeFileAtomic(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.part`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    throw e;
  }
}
