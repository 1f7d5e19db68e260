import type { AreaGeometry } from '../../shared/domain/geometry';
import type { Dataset, PlotSeed } from '../../shared/schemas/seed';

/** Tiles per row of the copy grid and the offset between tiles (degrees): copies spread over ~province scale. */
const TILES_PER_ROW = 12;
const TILE_STEP_DEG = 0.18;

function shift(g: AreaGeometry, dx: number, dy: number): AreaGeometry {
  const move = (ring: [number, number][]) => ring.map(([x, y]) => [x + dx, y + dy] as [number, number]);
  return g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: g.coordinates.map(move) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(move)) };
}

function uuidFor(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/**
 * A large synthetic dataset for benchmarks (DESIGN.md §6: design size 100,000 plots): the embedded plots copied
 * tile by tile, each copy shifted on a grid so the copies do not overlap. Zones, batches and counties stay as they are.
 */
export function largeDataset(base: Dataset, count: number): Dataset {
  const plots: PlotSeed[] = [];
  for (let n = 0; plots.length < count; n++) {
    const tile = Math.floor(n / base.plots.length);
    const source = base.plots[n % base.plots.length];
    if (!source) break;
    const dx = (tile % TILES_PER_ROW) * TILE_STEP_DEG - 0.9;
    const dy = Math.floor(tile / TILES_PER_ROW) * TILE_STEP_DEG - 0.6;
    plots.push({
      ...source,
      id: uuidFor(n),
      parcelNo: tile === 0 ? source.parcelNo : `${source.parcelNo}-${tile}`,
      supervisionNo: `${source.supervisionNo.slice(0, 11)}${String(n).padStart(9, '0')}`,
      geometry: tile === 0 ? source.geometry : shift(source.geometry, dx, dy),
      batchId: tile === 0 ? source.batchId : null,
    });
  }
  return { ...base, plots };
}
