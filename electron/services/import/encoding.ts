import { Buffer, isUtf8 } from 'node:buffer';

/** Text encodings of Chinese GIS and spreadsheet files; WHATWG's gbk decoder is the GB18030 one, a superset of GB2312. */
export type TextEncodingName = 'utf-8' | 'gbk';

/** A .cpg file's content: GBK, GB2312, GB18030, 936, CP936, "ANSI 936", UTF-8, 65001 … */
export function encodingFromCpg(text: string): TextEncodingName | null {
  const s = text.trim().toUpperCase().replace(/[\s_-]/g, '');
  if (/^(UTF8|65001)$/.test(s)) return 'utf-8';
  if (/^(GBK|GB2312|GB18030|936|CP936|ANSI936|WINDOWS936|MS936|EUCCN)$/.test(s)) return 'gbk';
  return null;
}

/** The DBF language-driver byte (offset 29): 0x4D and 0x7A mean code page 936; 0x00 says nothing. */
export function encodingFromLdid(ldid: number): TextEncodingName | null {
  if (ldid === 0x4d || ldid === 0x7a) return 'gbk';
  return null;
}

const gbk = new TextDecoder('gbk');

/** Undeclared text: valid UTF-8 is UTF-8, anything else is taken as GBK. (Node's isUtf8 checks without decoding.) */
export function guessEncoding(bytes: Uint8Array): TextEncodingName {
  return isUtf8(bytes) ? 'utf-8' : 'gbk';
}

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = encoding === 'utf-8' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8') : gbk.decode(bytes);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
