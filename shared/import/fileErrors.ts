/**
 * Why a file cannot be read at all, as a code with parameters: the English text is what the CLI has always printed
 * (and --json keeps), the Chinese one is for the UI and the CLI in --lang zh. `{name}` is filled from the params.
 */
type Texts = Record<string, { en: string; zh: string }>;

/** About the file as a whole: the English message starts with the file's name (the reader knew it). */
const ABOUT_FILE = {
  empty: { en: 'the file is empty', zh: '文件是空的' },
  xlsLegacy: { en: 'legacy .xls is not supported; save it as .xlsx', zh: '不支持旧版 .xls 格式，请另存为 .xlsx' },
  shpNotZipped: { en: 'zip the .shp with its .dbf, .prj and .cpg and import the .zip', zh: '请把 .shp 与同名的 .dbf、.prj、.cpg 一起压缩成 .zip 后导入' },
  unsupportedType: { en: 'unsupported file type (GeoJSON, zipped Shapefile, .xlsx or .csv)', zh: '不支持的文件类型（支持 GeoJSON、Shapefile 压缩包、.xlsx、.csv）' },
  timeout: {
    en: 'reading the file took longer than {seconds} s and was stopped (damaged, or too large for the time limit import.parameters.parseTimeoutSeconds)',
    zh: '读取文件超过 {seconds} 秒，已停止（文件损坏，或对时限 import.parameters.parseTimeoutSeconds 而言过大）',
  },
  outOfMemory: { en: 'reading the file ran out of memory (damaged or too large)', zh: '读取文件时内存不足（文件损坏或过大）' },
} as const satisfies Texts;

/** About a part of the file, which the text names. */
const ABOUT_PART = {
  noHeader: {
    en: 'no header row found in the first {rows} rows (expected headers such as 宗地编号, 用地面积, 土地使用权人)',
    zh: '前 {rows} 行中找不到表头（应有 宗地编号、用地面积、土地使用权人 等列名）',
  },
  zipTooLarge: { en: 'zip: more than {mib} MiB unpacked', zh: '压缩包：解压后超过 {mib} MiB' },
  zipDamaged: { en: 'zip: damaged or incomplete archive ({detail})', zh: '压缩包损坏或不完整（{detail}）' },
  zipNoShp: { en: 'zip: no .shp file inside', zh: '压缩包中没有 .shp 文件' },
  zipSeveralLayers: { en: 'zip: several layers ({layers}); import one at a time', zh: '压缩包中有多个图层（{layers}），请逐个导入' },
  zipNoDbf: { en: 'zip: {base}.dbf is missing (attributes are needed)', zh: '压缩包中缺少 {base}.dbf（需要属性表）' },
  prjUnsupported: {
    en: '.prj: unsupported coordinate system ({wkt}…); use CGCS2000 lon/lat or 3° Gauss-Krüger zone 38/39',
    zh: '.prj：不支持的坐标系（{wkt}…），请使用 CGCS2000 经纬度或 3° 高斯-克吕格第 38/39 带',
  },
  shpDbfCountMismatch: {
    en: '.shp has {features} features but .dbf has {records} records: the files do not belong together or one is truncated',
    zh: '.shp 有 {features} 个要素，而 .dbf 有 {records} 条记录：两者不配套，或其中一个被截断',
  },
  shpTooShort: { en: '.shp: file too short for a header', zh: '.shp：文件太短，连文件头都不完整' },
  shpBadCode: { en: '.shp: not a shapefile (bad file code)', zh: '.shp：不是 Shapefile（文件标识不对）' },
  shpTruncated: { en: '.shp: header says {declared} bytes but the file has {actual} (truncated)', zh: '.shp：文件头声明 {declared} 字节，实际只有 {actual} 字节（文件被截断）' },
  shpNotPolygonLayer: { en: '.shp: shape type {type} is not a polygon layer', zh: '.shp：图形类型 {type} 不是面图层' },
  shpRecordPastEnd: { en: '.shp: record {record} runs past the end of the file', zh: '.shp：第 {record} 条记录超出文件末尾' },
  shpRecordNotPolygon: { en: '.shp: record {record} has shape type {type}, not a polygon', zh: '.shp：第 {record} 条记录的图形类型为 {type}，不是面' },
  shpRecordTooShort: { en: '.shp: record {record} is too short', zh: '.shp：第 {record} 条记录太短' },
  shpRecordBadCounts: {
    en: '.shp: record {record} declares {parts} parts / {points} points that do not fit in it',
    zh: '.shp：第 {record} 条记录声明的 {parts} 个部分 / {points} 个点超出了记录长度',
  },
  shpRecordBadParts: { en: '.shp: record {record} has bad part offsets', zh: '.shp：第 {record} 条记录的部分起点有误' },
  dbfTooShort: { en: '.dbf: file too short for a header', zh: '.dbf：文件太短，连文件头都不完整' },
  dbfBadHeader: { en: '.dbf: damaged header', zh: '.dbf：文件头损坏' },
  dbfWidthMismatch: { en: '.dbf: field widths ({width}) do not match the record length ({recordLength})', zh: '.dbf：字段宽度之和（{width}）与记录长度（{recordLength}）不符' },
  dbfTruncated: { en: '.dbf: header announces {count} records but the file holds {available} (truncated)', zh: '.dbf：文件头声明 {count} 条记录，文件中只有 {available} 条（文件被截断）' },
  geojsonBadJson: { en: 'GeoJSON: not valid JSON ({detail})', zh: 'GeoJSON：不是有效的 JSON（{detail}）' },
  geojsonNotCollection: { en: 'GeoJSON: expected a FeatureCollection or a Feature', zh: 'GeoJSON：应为 FeatureCollection 或 Feature' },
  geojsonBadCrs: { en: 'GeoJSON: unsupported crs "{crs}"', zh: 'GeoJSON：不支持的坐标系“{crs}”' },
  xlsxUnreadable: { en: 'xlsx: cannot read the workbook ({detail})', zh: 'xlsx：无法读取工作簿（{detail}）' },
} as const satisfies Texts;

const TEXT = { ...ABOUT_FILE, ...ABOUT_PART };

export type FileErrorCode = keyof typeof TEXT;
export type FileErrorParams = Readonly<Record<string, string | number>>;

export function isFileErrorCode(code: string): code is FileErrorCode {
  return Object.hasOwn(TEXT, code);
}

/** The reason alone (no file name), in the language asked for; a missing parameter stays visible as {name}. */
export function fileErrorReason(code: FileErrorCode, params: FileErrorParams, lang: 'zh' | 'en'): string {
  return TEXT[code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** The English message as the readers have always worded it: the file's name first where they knew it. */
export function fileErrorMessage(code: FileErrorCode, params: FileErrorParams): string {
  const reason = fileErrorReason(code, params, 'en');
  return Object.hasOwn(ABOUT_FILE, code) ? `${String(params.file ?? '')}: ${reason}` : reason;
}
