// Hand-rolled so shared/ stays pure (no Buffer) and large arrays avoid btoa's char-by-char string building.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Uint8Array(128).fill(255);
for (let i = 0; i < ALPHABET.length; i++) LOOKUP[ALPHABET.charCodeAt(i)] = i;

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0));

export function bytesToBase64(bytes: Uint8Array): string {
  // Write ASCII codes into a byte buffer and turn them into text in chunks: concatenating per character is far slower.
  const out = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  let o = 0;
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out[o++] = CODES[(n >> 18) & 63] ?? 61;
    out[o++] = CODES[(n >> 12) & 63] ?? 61;
    out[o++] = i + 1 < bytes.length ? (CODES[(n >> 6) & 63] ?? 61) : 61;
    out[o++] = i + 2 < bytes.length ? (CODES[n & 63] ?? 61) : 61;
  }
  const parts: string[] = [];
  for (let i = 0; i < out.length; i += 8192) parts.push(String.fromCharCode(...out.subarray(i, i + 8192)));
  return parts.join('');
}

/** Throws on characters outside the alphabet or a length that is not a multiple of 4, naming the position. */
export function base64ToBytes(text: string): Uint8Array {
  if (text.length % 4 !== 0) throw new Error(`base64 length ${text.length} is not a multiple of 4`);
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let k = 0; k < 4; k++) {
      const code = text.charCodeAt(i + k);
      const v = code === 61 && i + k >= text.length - pad ? 0 : code < 128 ? (LOOKUP[code] ?? 255) : 255;
      if (v === 255) throw new Error(`invalid base64 character at ${i + k}`);
      n = (n << 6) | v;
    }
    if (o < out.length) out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

export const int32ToBase64 = (values: Int32Array): string => bytesToBase64(new Uint8Array(values.buffer, values.byteOffset, values.byteLength));

export function base64ToInt32(text: string, column: string): Int32Array {
  let bytes: Uint8Array;
  try {
    bytes = base64ToBytes(text);
  } catch (e) {
    throw new Error(`column ${column}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  if (bytes.length % 4 !== 0) throw new Error(`column ${column} has ${bytes.length} bytes, not a multiple of 4`);
  // Copy into an aligned buffer; little-endian on every platform the app ships for (x64, arm64).
  return new Int32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
}
