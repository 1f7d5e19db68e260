import Flatbush from 'flatbush';
import { bboxOf, type AreaGeometry, type Bbox } from '../domain/geometry';
import { pointInGeometry } from './pointInPolygon';

export interface IndexedShape {
  id: string;
  geometry: AreaGeometry;
  /** When given, the index uses it and leaves the geometry untouched until a hit-test needs it (lazy shapes). */
  bbox?: Bbox;
}

/** A packed Hilbert R-tree over plot bboxes: viewport queries and click hit-tests without scanning every plot. */
export class PlotIndex<T extends IndexedShape = IndexedShape> {
  private readonly tree: Flatbush | null;
  readonly items: readonly T[];

  constructor(items: readonly T[]) {
    this.items = items;
    if (items.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(items.length);
    for (const item of items) {
      const [minX, minY, maxX, maxY] = item.bbox ?? bboxOf(item.geometry);
      tree.add(minX, minY, maxX, maxY);
    }
    tree.finish();
    this.tree = tree;
  }

  /** Items whose bbox intersects the box. */
  search([minLon, minLat, maxLon, maxLat]: Bbox): T[] {
    if (!this.tree) return [];
    return this.tree.search(minLon, minLat, maxLon, maxLat).map((i) => this.items[i] as T);
  }

  /** How many bboxes intersect the box, without building the list (deciding between plots and the overview). */
  count([minLon, minLat, maxLon, maxLat]: Bbox): number {
    let n = 0;
    this.tree?.search(minLon, minLat, maxLon, maxLat, () => {
      n++;
      return false;
    });
    return n;
  }

  /** The item whose polygon contains the point; the smallest bbox wins where plots overlap. */
  hitTest(lon: number, lat: number): T | null {
    if (!this.tree) return null;
    let best: T | null = null;
    let bestArea = Infinity;
    for (const i of this.tree.search(lon, lat, lon, lat)) {
      const item = this.items[i] as T;
      if (!pointInGeometry(lon, lat, item.geometry)) continue;
      const [a, b, c, d] = item.bbox ?? bboxOf(item.geometry);
      const area = (c - a) * (d - b);
      if (area < bestArea) {
        best = item;
        bestArea = area;
      }
    }
    return best;
  }
}
