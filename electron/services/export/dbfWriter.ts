import type { ShpColumn, ShpEncoding } from '../../../shared/exchange/shapefileColumns';
import type { ExportRow } from '../../../shared/exchange/exportColumns';
import { encodeGbk } from './gbkEncoder';

const utf8 = new TextEncoder();
const NAME_BYTES = 10;
const MAX_TEXT = 254;

export function encoderFor(encoding: ShpEncoding): (s: string) => Uint8Array {
  return encoding === 'gbk' ? encodeGbk : (s) => utf8.encode(s);
}

/** The longest prefix of whole characters whose encoding fits in `max` bytes. */
export function fitBytes(text: string, max: number, encode: (s: string) => Uint8Array): Uint8Array {
  let cut = '';
  for (const ch of text) {
    if (encode(cut + ch).length > max) break;
    cut += ch;
  }
  return encode(cut);
}

interface Field {
  name: Uint8Array;
  column: ShpColumn;
  width: number;
  decimals: number;
}

/** A number too wide for its field is written as asterisks, dBASE's overflow mark (read back as empty). */
function numberText(v: number, f: Field): string {
  const text = v.toFixed(f.decimals);
  return text.length > f.width ? '*'.repeat(f.width) : text.padStart(f.width);
}

function cellBytes(f: Field, r: ExportRow, encode: (s: string) => Uint8Array): Uint8Array {
  const c = f.column;
  if (c.type === 'N') {
    const v = c.value(r);
    return v === null || !Number.isFinite(v) ? new Uint8Array(0) : utf8.encode(numberText(v, f));
  }
  const v = c.value(r);
  if (v === null) return new Uint8Array(0);
  return c.type === 'D' ? utf8.encode(v.replaceAll('-', '')) : fitBytes(v, f.width, encode);
}

/**
 * A dBASE III table (the Shapefile's .dbf): byte 29 names code page 936 for GBK (the .cpg says it too). Text
 * widths are the longest value's bytes; numbers are N(19, d); dates D(8).
 */
export function writeDbf(rows: readonly ExportRow[], columns: readonly ShpColumn[], encoding: ShpEncoding, today: Date): Uint8Array {
  const encode = encoderFor(encoding);
  const fields: Field[] = columns.map((column) => {
    const name = fitBytes(column.name, NAME_BYTES, encode);
    if (column.type === 'N') return { name, column, width: 19, decimals: column.decimals };
    if (column.type === 'D') return { name, column, width: 8, decimals: 0 };
    const longest = rows.reduce((m, r) => Math.max(m, encode(column.value(r) ?? '').length), 1);
    return { name, column, width: Math.min(longest, MAX_TEXT), decimals: 0 };
  });
  const names = new Set(fields.map((f) => f.name.join()));
  if (names.size !== fields.length) throw new Error('shapefile export: two DBF field names collide after cutting to 10 bytes');
  const headerLength = 32 + 32 * fields.length + 1;
  const recordLength = 1 + fields.reduce((s, f) => s + f.width, 0);
  const out = new Uint8Array(headerLength + recordLength * rows.length + 1).fill(0x20, headerLength);
  const view = new DataView(out.buffer);
  out[0] = 0x03;
  out[1] = today.getUTCFullYear() - 1900;
  out[2] = today.getUTCMonth() + 1;
  out[3] = today.getUTCDate();
  view.setUint32(4, rows.length, true);
  view.setUint16(8, headerLength, true);
  view.setUint16(10, recordLength, true);
  out[29] = encoding === 'gbk' ? 0x4d : 0x00;
  fields.forEach((f, i) => {
    const at = 32 + i * 32;
    out.fill(0, at, at + 32);
    out.set(f.name, at);
    out[at + 11] = f.column.type.charCodeAt(0);
    out[at + 16] = f.width;
    out[at + 17] = f.decimals;
  });
  out[headerLength - 1] = 0x0d;
  rows.forEach((r, i) => {
    let at = headerLength + i * recordLength + 1;
    for (const f of fields) {
      out.set(cellBytes(f, r, encode), at);
      at += f.width;
    }
  });
  out[out.length - 1] = 0x1a;
  return out;
}
