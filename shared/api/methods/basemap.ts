import { z } from 'zod';
import { OnlineBasemap } from '../../geo/onlineBasemap';

export const BasemapInfo = z.object({
  name: z.string(),
  format: z.string(),
  minZoom: z.number(),
  maxZoom: z.number(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable(),
  attribution: z.string().nullable(),
});
export type BasemapInfo = z.infer<typeof BasemapInfo>;

/** Offline raster basemap: a user-supplied .mbtiles next to the database, served at /tiles/{z}/{x}/{y} in browser mode. */
export const BASEMAP_METHODS = {
  'map.basemap': { input: z.object({}).strict(), output: BasemapInfo.nullable() },
  /** The optional online tile source (default 'none': the app makes no request off this machine). */
  'map.onlineBasemap.get': { input: z.object({}).strict(), output: OnlineBasemap },
  'map.onlineBasemap.set': {
    input: z.object({ source: OnlineBasemap, author: z.string().trim().min(1).max(100).default('本机用户') }).strict(),
    output: OnlineBasemap,
  },
} as const;
