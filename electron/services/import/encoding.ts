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

const utf8 = new TextDecoder('utf-8', { fatal: true });
const gbk = new TextDecoder('gbk');

/** Undeclared text: valid UTF-8 is UTF-8, anything else is taken as GBK. */
export function guessEncoding(bytes: Uint8Array): TextEncodingName {
  try {
    utf8.decode(bytes);
    return 'utf-8';
  } catch {
    return 'gbk';
  }
}

export function decodeText(bytes: Uint8Array, encoding: TextEncodingName): string {
  const text = encoding === 'utf-8' ? new TextDecoder('utf-8').decode(bytes) : gbk.decode(bytes);
  return text.replace(/^\uFEFF/, '');
}
