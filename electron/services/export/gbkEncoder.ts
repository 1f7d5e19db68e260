let table: Map<string, number> | null = null;

/** The inverse of the WHATWG gbk decoder (the one the importer reads with), built once: char → two bytes. */
function gbkTable(): Map<string, number> {
  if (table) return table;
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      if (ch.length === 1 && ch !== '\uFFFD' && !map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  table = map;
  return map;
}

/** GBK bytes of a string; a character GBK lacks becomes "?". */
export function encodeGbk(text: string): Uint8Array {
  const map = gbkTable();
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) out.push(code);
    else {
      const two = map.get(ch);
      if (two === undefined) out.push(0x3f);
      else out.push(two >> 8, two & 0xff);
    }
  }
  return Uint8Array.from(out);
}
