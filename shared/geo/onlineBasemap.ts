import { z } from 'zod';

/**
 * The optional online basemap the user configures (issue 6). 'none' (the default) keeps the app fully offline.
 * Tianditu uses its Web-Mercator ('_w') services, CGCS2000-aligned; a custom XYZ server declares its datum, and a
 * GCJ-02 server is drawn with our data shifted into GCJ-02 (renderer/features/map/gcjCrs.ts), never unshifted.
 */
/** Tianditu's tile hosts t0 … t7.tianditu.gov.cn (the {s} of its URLs). */
const TIANDITU_SUBDOMAINS = '01234567';
const TIANDITU_MAX_ZOOM = 18;

const HOSTNAME = /^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/** The origins (scheme://host[:port]) a template can request, {s} expanded over the subdomains; an error message if it is not a usable template. */
export function templateOrigins(url: string, subdomains: string): string[] | string {
  if (!/\{z\}/.test(url) || !/\{x\}/.test(url) || !/\{-?y\}/.test(url)) return 'the URL needs {z}, {x} and {y} (or {-y})';
  const subs = url.includes('{s}') ? [...subdomains] : [''];
  if (subs.length === 0) return 'the URL has {s}: list its subdomains (e.g. abc or 0123)';
  const origins = new Set<string>();
  for (const s of subs) {
    // No URL global in shared/ (no DOM, no Node): scheme, authority and the rest by hand; placeholders stay in the path.
    const m = /^(https?):\/\/([^/?#]*)/i.exec(url.replaceAll('{s}', s));
    if (!m) return 'the URL must start with https:// or http://';
    const [, scheme = '', authority = ''] = m;
    if (authority.includes('@')) return 'the URL must not carry a user name or password';
    const hp = /^([^:]+)(?::(\d{1,5}))?$/.exec(authority.toLowerCase());
    const host = hp?.[1] ?? '';
    if (!hp || (!HOSTNAME.test(host) && !/^\d{1,3}(\.\d{1,3}){3}$/.test(host))) return `"${authority}" is not a host name`;
    const port = hp[2] === undefined || Number(hp[2]) === (scheme.toLowerCase() === 'https' ? 443 : 80) ? '' : `:${Number(hp[2])}`;
    if (Number(hp[2] ?? 1) > 65535) return `"${authority}" has no valid port`;
    origins.add(`${scheme.toLowerCase()}://${host}${port}`);
  }
  return [...origins];
}

const TiandituSource = z
  .object({
    kind: z.literal('tianditu'),
    key: z
      .string()
      .trim()
      .regex(/^[0-9a-f]{32}$/i, 'the Tianditu key (tk) is 32 hexadecimal characters'),
    layer: z.enum(['vec', 'img']),
    labels: z.boolean(),
    /** 审图号 (GS number) Tianditu's terms ask to show with the map; it changes with their map editions, so the user enters it. */
    reviewNumber: z.string().trim().max(60),
  })
  .strict();

const XyzSource = z
  .object({
    kind: z.literal('xyz'),
    url: z.string().trim().min(1).max(500),
    subdomains: z
      .string()
      .trim()
      .regex(/^[a-z0-9]{0,16}$/i, 'subdomains are letters or digits, one per subdomain (e.g. abc or 0123)'),
    datum: z.enum(['cgcs2000', 'gcj02']),
    attribution: z.string().trim().min(1, 'name the map source (attribution)').max(200),
    maxZoom: z.int().min(1).max(22),
  })
  .strict()
  .superRefine((s, ctx) => {
    const origins = templateOrigins(s.url, s.subdomains);
    if (typeof origins === 'string') ctx.addIssue({ code: 'custom', path: ['url'], message: origins });
  });

export const OnlineBasemap = z.discriminatedUnion('kind', [z.object({ kind: z.literal('none') }).strict(), TiandituSource, XyzSource]);
export type OnlineBasemap = z.infer<typeof OnlineBasemap>;
export const NO_ONLINE_BASEMAP: OnlineBasemap = { kind: 'none' };

export interface TileSpec {
  url: string;
  subdomains: string;
  maxNativeZoom: number;
  attribution: string;
}

const tiandituUrl = (layer: string, key: string) =>
  `https://t{s}.tianditu.gov.cn/${layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0&LAYER=${layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles&TILEMATRIX={z}&TILEROW={y}&TILECOL={x}&tk=${encodeURIComponent(key)}`;

/** The tile layers to draw, bottom first (Tianditu: the base, then its label layer). */
export function tileLayersOf(source: OnlineBasemap): TileSpec[] {
  if (source.kind === 'none') return [];
  if (source.kind === 'xyz') return [{ url: source.url, subdomains: source.subdomains, maxNativeZoom: source.maxZoom, attribution: source.attribution }];
  const attribution = ['© 天地图 国家地理信息公共服务平台', source.reviewNumber].filter(Boolean).join(' ');
  const base = { subdomains: TIANDITU_SUBDOMAINS, maxNativeZoom: TIANDITU_MAX_ZOOM };
  const labels = source.layer === 'vec' ? 'cva' : 'cia';
  return [
    { ...base, url: tiandituUrl(source.layer, source.key), attribution },
    ...(source.labels ? [{ ...base, url: tiandituUrl(labels, source.key), attribution: '' }] : []),
  ];
}

/** Exactly the origins the page may load images from for this source (pinned into the CSP's img-src): those of the layers drawn. */
export function tileOrigins(source: OnlineBasemap): string[] {
  const origins = tileLayersOf(source).flatMap((spec) => {
    const o = templateOrigins(spec.url, spec.subdomains);
    return typeof o === 'string' ? [] : o;
  });
  return [...new Set(origins)];
}

/** Whether our CGCS2000 / WGS84 overlays must be shifted into GCJ-02 to sit on these tiles. */
export const needsGcjShift = (source: OnlineBasemap): boolean => source.kind === 'xyz' && source.datum === 'gcj02';
