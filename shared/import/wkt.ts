/** POLYGON / MULTIPOLYGON WKT (or GeoJSON text) from a spreadsheet cell → GeoJSON-like coordinates; null if unreadable. */
export function parseGeometryText(text: string): unknown {
  const s = text.trim();
  if (s.startsWith('{')) {
    try {
      return JSON.parse(s) as unknown;
    } catch {
      return null;
    }
  }
  const m = /^(MULTI)?POLYGON\s*(?:Z|M|ZM)?\s*(\(.*\))$/is.exec(s);
  if (!m?.[2]) return null;
  const body = m[2];
  let depth = 0;
  let json = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] ?? '';
    if (c === '(') {
      depth++;
      json += '[';
    } else if (c === ')') {
      depth--;
      if (depth < 0) return null;
      json += ']';
    } else if (c === ',') json += ',';
    else json += c;
  }
  if (depth !== 0) return null;
  // innermost groups hold "x y, x y": make each position an array
  const coords = json.replace(/\[([^[\]]*)\]/g, (_, inner: string) => `[${inner.split(',').map((p) => `[${p.trim().split(/\s+/).slice(0, 2).join(',')}]`).join(',')}]`);
  try {
    return { type: m[1] ? 'MultiPolygon' : 'Polygon', coordinates: JSON.parse(coords) as unknown };
  } catch {
    return null;
  }
}
