import { gridToTable } from '../../../shared/import/grid';
import { FileReadError, type SourceTable } from '../../../shared/import/table';
import { readCsvGrid } from './csv';
import type { ProgressSink } from './parseMessages';
import { readGeoJson } from './geojson';
import { readShapefileZip } from './shapefileZip';
import { readXlsxGrid } from './xlsx';

/** Any supported file, told apart by its name and its first bytes. */
export async function readSource(fileName: string, bytes: Uint8Array, progress: ProgressSink = () => undefined): Promise<SourceTable> {
  const name = fileName.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  if (bytes.length === 0) throw new FileReadError('empty', { file: fileName });
  if (name.endsWith('.xlsx')) {
    progress({ stage: 'sheet' });
    return gridToTable(await readXlsxGrid(bytes), 'xlsx', null);
  }
  if (name.endsWith('.zip') || (zip && name.endsWith('.shp.zip'))) return readShapefileZip(bytes, progress);
  if (name.endsWith('.geojson') || name.endsWith('.json')) {
    progress({ stage: 'json' });
    return readGeoJson(bytes);
  }
  if (name.endsWith('.csv') || name.endsWith('.txt')) {
    progress({ stage: 'csv' });
    const { grid, encoding } = readCsvGrid(bytes);
    return gridToTable(grid, 'csv', encoding);
  }
  if (name.endsWith('.xls')) throw new FileReadError('xlsLegacy', { file: fileName });
  if (name.endsWith('.shp')) throw new FileReadError('shpNotZipped', { file: fileName });
  throw new FileReadError('unsupportedType', { file: fileName });
}
