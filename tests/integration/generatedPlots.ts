// A large import file made on the fly (crash and backup tests): no fixture to keep in the repository.

/** N squares of 20 m on a 25 m grid in CGCS2000 GK zone 114°E (EPSG:4547), in 高新区 as the GDAL fixture is. */
export function generatedGeoJson(prefix: string, n: number): string {
  const side = Math.ceil(Math.sqrt(n));
  const features = [];
  for (let i = 0; i < n; i++) {
    const x = 596000 + (i % side) * 25;
    const y = 3958000 + Math.floor(i / side) * 25;
    const ring = [[x, y], [x, y + 20], [x + 20, y + 20], [x + 20, y], [x, y]];
    features.push({ type: 'Feature', properties: { parcelNo: `${prefix}-${i}`, landUser: `崩溃测试企业${i}`, zoneName: '高新区' }, geometry: { type: 'Polygon', coordinates: [ring] } });
  }
  return JSON.stringify({ type: 'FeatureCollection', crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::4547' } }, features });
}

/** generatedGeoJson as the import API takes it: named `<prefix>.geojson`, in base64. */
export function generatedImport(prefix: string, n: number): { fileName: string; contentBase64: string } {
  return { fileName: `${prefix}.geojson`, contentBase64: Buffer.from(generatedGeoJson(prefix, n)).toString('base64') };
}
