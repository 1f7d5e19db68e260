import { describe, expect, it } from 'vitest';
import { fileErrorMessage, fileErrorReason, type FileErrorCode } from '../../shared/import/fileErrors';
import { FileReadError } from '../../shared/import/table';

const CODES: FileErrorCode[] = [
  'empty', 'xlsLegacy', 'shpNotZipped', 'unsupportedType', 'timeout', 'outOfMemory', 'noHeader', 'zipTooLarge', 'zipDamaged', 'zipNoShp',
  'zipSeveralLayers', 'zipNoDbf', 'prjUnsupported', 'shpDbfCountMismatch', 'shpTooShort', 'shpBadCode', 'shpTruncated', 'shpNotPolygonLayer',
  'shpRecordPastEnd', 'shpRecordNotPolygon', 'shpRecordTooShort', 'shpRecordBadCounts', 'shpRecordBadParts', 'dbfTooShort', 'dbfBadHeader',
  'dbfWidthMismatch', 'dbfTruncated', 'geojsonBadJson', 'geojsonNotCollection', 'geojsonBadCrs', 'xlsxUnreadable',
];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('file-level read errors in both languages', () => {
  it.each(CODES)('%s: the Chinese text is Chinese and uses the same parameters as the English one', (code) => {
    const en = fileErrorReason(code, {}, 'en');
    const zh = fileErrorReason(code, {}, 'zh');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(placeholders(zh)).toEqual(placeholders(en));
  });

  it('fills the parameters; the English message is the text the CLI has always printed', () => {
    expect(new FileReadError('dbfTruncated', { count: 12, available: 7 }).message).toBe('.dbf: header announces 12 records but the file holds 7 (truncated)');
    expect(fileErrorReason('dbfTruncated', { count: 12, available: 7 }, 'zh')).toBe('.dbf：文件头声明 12 条记录，文件中只有 7 条（文件被截断）');
    expect(fileErrorMessage('empty', { file: 'a.csv' })).toBe('a.csv: the file is empty');
    expect(new FileReadError('shpDbfCountMismatch', { features: 3, records: 2 }).message).toBe(
      '.shp has 3 features but .dbf has 2 records: the files do not belong together or one is truncated',
    );
    expect(fileErrorReason('shpDbfCountMismatch', { features: 3, records: 2 }, 'zh')).toBe('.shp 有 3 个要素，而 .dbf 有 2 条记录：两者不配套，或其中一个被截断');
  });
});
