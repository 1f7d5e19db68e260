import { FileReadError } from '../../../shared/import/table';
import { decodeText, encodingFromLdid, guessEncoding, type TextEncodingName } from './encoding';

export interface DbfTable {
  fields: string[];
  /** One entry per record, in file order; a deleted record is null so rows stay aligned with the .shp. */
  rows: ((string | number | boolean | null)[] | null)[];
  encoding: TextEncodingName;
  encodingSource: 'cpg' | 'ldid' | 'guess';
}

interface FieldDef {
  name: Uint8Array;
  type: string;
  length: number;
}

function trimNul(bytes: Uint8Array): Uint8Array {
  const end = bytes.indexOf(0);
  return end === -1 ? bytes : bytes.subarray(0, end);
}

function cellOf(raw: string, type: string): string | number | boolean | null {
  const s = raw.trim();
  if (s === '' || /^\*+$/.test(s)) return null;
  if (type === 'N' || type === 'F') {
    const n = Number(s);
    return Number.isFinite(n) ? n : s;
  }
  if (type === 'D') return /^\d{8}$/.test(s) ? `${s.slice(0, 4)}-${s.slice(4, 6)}-${s.slice(6, 8)}` : s;
  if (type === 'L') return /^[TtYy]$/.test(s) ? true : /^[FfNn]$/.test(s) ? false : null;
  return s;
}

/**
 * dBASE III table. Every read is bounds-checked and every loop is bounded by the byte length, so a damaged
 * file ends in a FileReadError, never a hang; the header's record count must fit in the bytes present.
 */
export function readDbf(bytes: Uint8Array, declared: TextEncodingName | null): DbfTable {
  if (bytes.length < 33) throw new FileReadError('dbfTooShort');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  if (headerLength < 33 || headerLength > bytes.length || recordLength < 1) throw new FileReadError('dbfBadHeader');
  const defs: FieldDef[] = [];
  for (let off = 32; off + 32 <= headerLength && bytes[off] !== 0x0d; off += 32) {
    defs.push({ name: trimNul(bytes.subarray(off, off + 11)), type: String.fromCharCode(bytes[off + 11] ?? 0x43), length: bytes[off + 16] ?? 0 });
  }
  const width = 1 + defs.reduce((s, d) => s + d.length, 0);
  if (defs.length === 0 || width !== recordLength) throw new FileReadError('dbfWidthMismatch', { width, recordLength });
  const available = Math.floor((bytes.length - headerLength) / recordLength);
  if (available < count) throw new FileReadError('dbfTruncated', { count, available });
  const fromLdid = encodingFromLdid(bytes[29] ?? 0);
  let encoding: TextEncodingName;
  let encodingSource: DbfTable['encodingSource'];
  if (declared) [encoding, encodingSource] = [declared, 'cpg'];
  else if (fromLdid) [encoding, encodingSource] = [fromLdid, 'ldid'];
  else [encoding, encodingSource] = [guessEncoding(bytes.subarray(32, headerLength + count * recordLength)), 'guess'];
  const fields = defs.map((d) => decodeText(d.name, encoding).trim());
  const rows: DbfTable['rows'] = [];
  for (let i = 0; i < count; i++) {
    const start = headerLength + i * recordLength;
    if (bytes[start] === 0x2a) {
      rows.push(null);
      continue;
    }
    let off = start + 1;
    rows.push(
      defs.map((d) => {
        const cell = cellOf(decodeText(bytes.subarray(off, off + d.length), encoding), d.type);
        off += d.length;
        return cell;
      }),
    );
  }
  return { fields, rows, encoding, encodingSource };
}
