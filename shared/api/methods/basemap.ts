import { z } from 'zod';

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
} as const;
