import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { BadInputError } from '../../api/errors';

/** Photos and case attachments live beside the database: <folder of the db>/<kind>/<sha256>.<ext>. */
export function dataFolder(databasePath: string, kind: 'photos' | 'attachments'): string {
  if (databasePath === ':memory:' || databasePath === '') throw new BadInputError('files need a database on disk', '保存文件需要磁盘上的数据库文件');
  return join(dirname(databasePath), kind);
}

export interface StoredFile {
  storedName: string;
  sha256: string;
  bytes: number;
  mime: string;
  /** True when this call wrote the file (so a failed transaction removes it again). */
  created: boolean;
}

export function sniffMime(data: Buffer): string | null {
  if (data.length >= 3 && data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  if (data.length >= 8 && data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (data.length >= 5 && data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

const EXT: Record<string, string> = { 'image/jpeg': '.jpg', 'image/png': '.png', 'application/pdf': '.pdf' };

/** Which uploaded file a message is about, in both languages: `photos.0 (a.jpg)` / `第 1 张照片（a.jpg）`. */
export interface FileLabel {
  en: string;
  zh: string;
}

/** Decodes base64 strictly: the round trip must give the same text, so truncated or padded-wrong data is refused. */
export function decodeBase64(data: string, label: FileLabel, maxBytes: number): Buffer {
  const bytes = Buffer.from(data, 'base64');
  if (bytes.length === 0 || bytes.toString('base64') !== data) throw new BadInputError(`${label.en}: not valid base64 data`, `${label.zh}：文件数据不完整或已损坏（不是有效的 base64 数据）`);
  if (bytes.length > maxBytes) throw new BadInputError(`${label.en}: ${bytes.length} bytes, more than ${maxBytes}`, `${label.zh}：${bytes.length} 字节，超过上限 ${maxBytes} 字节`);
  return bytes;
}

/** Content-addressed write: the same bytes are stored once, whatever they were called. */
export function storeFile(folder: string, data: Buffer, mime: string | null): StoredFile {
  const sha256 = createHash('sha256').update(data).digest('hex');
  const type = mime ?? 'application/octet-stream';
  const storedName = `${sha256}${EXT[type] ?? '.bin'}`;
  const path = join(folder, storedName);
  mkdirSync(folder, { recursive: true });
  const created = !existsSync(path);
  if (created) writeFileSync(path, data, { flag: 'wx' });
  return { storedName, sha256, bytes: data.length, mime: type, created };
}

/** Removes the files a failed write had just created (never ones that were already there). */
export function removeCreated(folder: string, files: readonly StoredFile[]): void {
  for (const f of files) if (f.created) rmSync(join(folder, f.storedName), { force: true });
}

/** Stores each item with `store`; if one fails, the files this call had already created are removed and the error passed on. */
export function storeEach<T, R extends { file: StoredFile }>(folder: string, items: readonly T[], store: (item: T, index: number) => R): R[] {
  const out: R[] = [];
  try {
    items.forEach((item, i) => out.push(store(item, i)));
  } catch (e) {
    removeCreated(folder, out.map((o) => o.file));
    throw e;
  }
  return out;
}

/** Reads a stored file back; the name comes from the database, but is still confined to the folder. */
export function readStored(folder: string, storedName: string): Buffer {
  if (basename(storedName) !== storedName) throw new BadInputError('bad stored file name', '存储的文件名无效');
  return readFileSync(join(folder, storedName));
}
