import { CRS, LatLng, Projection, Util, type CRS as LeafletCrs, type LatLngLiteral, type Point, type PointExpression } from 'leaflet';
import { gcjToWgs, wgsToGcj } from '../../../shared/geo/gcj02';

const mercator = Projection.SphericalMercator;

/**
 * Web Mercator of GCJ-02: every overlay (plots, zones, counties, measure lines) is given in CGCS2000 ≈ WGS84 lon/lat
 * and projected through WGS84→GCJ-02, so it lands where a GCJ-02 tile server drew that place; unproject goes back,
 * so the cursor readout, clicks and the viewport query stay in CGCS2000. Used only while a GCJ-02 basemap is on.
 */
const gcjMercator: Projection = {
  bounds: mercator.bounds,
  project(latlng: LatLng | LatLngLiteral): Point {
    const g = wgsToGcj(latlng.lng, latlng.lat);
    return mercator.project(new LatLng(g.lat, g.lon));
  },
  unproject(point: PointExpression): LatLng {
    const ll = mercator.unproject(point);
    const w = gcjToWgs(ll.lng, ll.lat);
    return new LatLng(w.lat, w.lon);
  },
};

export const GCJ_MERCATOR: LeafletCrs = Util.extend({}, CRS.EPSG3857, { code: 'GCJ02:3857', projection: gcjMercator });
