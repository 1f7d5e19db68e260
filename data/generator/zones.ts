/** The eight development zones of the report, with our location calls, shapes and calibration targets. */
import type { ZoneLevel, ZoneLocation } from '../../shared/domain/enums';

export interface IndustryMix {
  /** GB/T 4754-2017 manufacturing division (two digits). */
  code: string;
  weight: number;
}

export interface ZoneSpec {
  id: string;
  name: string;
  shortName: string;
  nameEn: string;
  level: ZoneLevel;
  location: ZoneLocation;
  locationNote: string;
  county: string;
  countyCode: string;
  tier: 1 | 2 | 3;
  leadingIndustries: string[];
  industries: IndustryMix[];
  /** Centre of the local frame (lon, lat) and the street grid's rotation (degrees, counter-clockwise from east). */
  centre: readonly [number, number];
  rotationDeg: number;
  /** The town the zone grew out of (city centre or county seat): land near it was supplied first. */
  seat: readonly [number, number];
  /** Boundary in km in the rotated local frame (u along the grid, v across it). */
  outlineKm: readonly (readonly [number, number])[];
  /** Street grid: block widths along u and depths along v (m), road width (m). */
  blockWidths: readonly [number, number];
  blockDepths: readonly [number, number];
  road: number;
  /** Median plot area (m²) and the share of projects on multi-storey standard-factory land. */
  medianPlotM2: number;
  standardFactoryShare: number;
  /** Land price (万元/亩) range and the median investment intensity of built plots (万元/亩). */
  landPricePerMu: readonly [number, number];
  investmentPerMu: number;
  /** Calibration targets for the zone survey (report: plot ratio 0.31–0.77, tax 1.08–15.2 万元/亩). */
  targetPlotRatio: number;
  targetTaxPerMu: number;
  /** How much land stays unsupplied (0.22 = typical; scales each batch's age-based share), and the batch approval years, oldest first. */
  unsuppliedShare: number;
  batchYears: readonly number[];
}

const CENTRAL_NOTE = '按"省辖市中心城区范围内的省级开发区"归类，多层标准厂房适用容积率不低于1.5、建筑密度不低于40%的标准';

export const ZONES: readonly ZoneSpec[] = [
  {
    id: 'jingkai',
    name: '濮阳经济技术开发区',
    shortName: '经开区',
    nameEn: 'Puyang Economic and Technological Development Zone',
    level: 'national',
    location: 'central-city',
    locationNote: '国家级开发区，位于中心城区西南部（华龙区），紧邻中心城区；国家级开发区按报告适用多层标准厂房1.5/40%标准，与中心城区范围内的省级开发区相同',
    county: '华龙区',
    countyCode: '410902',
    tier: 1,
    leadingIndustries: ['化工', '新材料', '氢能'],
    industries: [{ code: '26', weight: 40 }, { code: '29', weight: 14 }, { code: '28', weight: 6 }, { code: '38', weight: 12 }, { code: '35', weight: 10 }, { code: '34', weight: 8 }, { code: '30', weight: 5 }, { code: '27', weight: 5 }],
    centre: [114.962, 35.738],
    seat: [115.03, 35.76],
    rotationDeg: 4,
    outlineKm: [[-2.3, -1.35], [-0.2, -1.5], [0.5, -1.05], [2.25, -1.2], [2.3, 0.15], [1.65, 0.45], [1.75, 1.35], [-0.2, 1.4], [-0.55, 0.95], [-1.7, 1.15], [-2.35, 0.35]],
    blockWidths: [300, 460],
    blockDepths: [220, 320],
    road: 36,
    medianPlotM2: 24000,
    standardFactoryShare: 0.12,
    landPricePerMu: [18, 25],
    investmentPerMu: 300,
    targetPlotRatio: 0.77,
    targetTaxPerMu: 15.2,
    unsuppliedShare: 0.16,
    batchYears: [2012, 2014, 2016, 2019, 2022, 2025],
  },
  {
    id: 'gaoxin',
    name: '濮阳高新技术产业开发区',
    shortName: '高新区',
    nameEn: 'Puyang High-tech Industrial Development Zone',
    level: 'provincial',
    location: 'central-city',
    locationNote: `位于中心城区东部（华龙区），与建成区相连；${CENTRAL_NOTE}`,
    county: '华龙区',
    countyCode: '410902',
    tier: 3,
    leadingIndustries: ['装备制造', '电子信息', '生物医药'],
    industries: [{ code: '35', weight: 22 }, { code: '34', weight: 14 }, { code: '39', weight: 18 }, { code: '38', weight: 14 }, { code: '27', weight: 12 }, { code: '40', weight: 8 }, { code: '26', weight: 6 }, { code: '14', weight: 6 }],
    centre: [115.118, 35.777],
    seat: [115.03, 35.76],
    rotationDeg: -3,
    outlineKm: [[-1.6, -0.95], [0.3, -1.05], [1.55, -0.85], [1.65, 0.25], [1.0, 0.4], [1.1, 1.0], [-0.6, 1.05], [-1.7, 0.75]],
    blockWidths: [240, 360],
    blockDepths: [180, 260],
    road: 30,
    medianPlotM2: 15000,
    standardFactoryShare: 0.14,
    landPricePerMu: [16, 22],
    investmentPerMu: 260,
    targetPlotRatio: 0.68,
    targetTaxPerMu: 8.74,
    unsuppliedShare: 0.2,
    batchYears: [2013, 2017, 2021, 2025],
  },
  {
    id: 'gongye',
    name: '濮阳工业园区',
    shortName: '工业园区',
    nameEn: 'Puyang Industrial Park',
    level: 'provincial',
    location: 'central-city',
    locationNote: `位于中心城区西北部（华龙区），紧邻中心城区；${CENTRAL_NOTE}`,
    county: '华龙区',
    countyCode: '410902',
    tier: 3,
    leadingIndustries: ['石油装备', '食品加工', '新型建材'],
    industries: [{ code: '35', weight: 30 }, { code: '34', weight: 12 }, { code: '33', weight: 10 }, { code: '13', weight: 12 }, { code: '14', weight: 10 }, { code: '30', weight: 14 }, { code: '29', weight: 6 }, { code: '42', weight: 6 }],
    centre: [114.982, 35.818],
    seat: [115.03, 35.76],
    rotationDeg: 2,
    outlineKm: [[-1.55, -0.9], [0.9, -1.0], [1.5, -0.55], [1.45, 0.95], [0.2, 1.05], [-0.25, 0.6], [-1.5, 0.7]],
    blockWidths: [260, 380],
    blockDepths: [190, 270],
    road: 30,
    medianPlotM2: 16000,
    standardFactoryShare: 0.12,
    landPricePerMu: [15, 20],
    investmentPerMu: 230,
    targetPlotRatio: 0.55,
    targetTaxPerMu: 6.37,
    unsuppliedShare: 0.22,
    batchYears: [2012, 2016, 2020, 2024],
  },
  {
    id: 'puyangxian',
    name: '濮阳县先进制造业开发区',
    shortName: '濮阳县',
    nameEn: 'Puyang County Advanced Manufacturing Development Zone',
    level: 'provincial',
    location: 'county',
    locationNote: '位于濮阳县城西南、濮新高速收费站附近（黄河路与发展大道一带），属县域范围内的省级开发区，适用1.2/35%标准',
    county: '濮阳县',
    countyCode: '410928',
    tier: 3,
    leadingIndustries: ['绿色涂料', '装备制造', '食品加工'],
    industries: [{ code: '26', weight: 26 }, { code: '35', weight: 16 }, { code: '34', weight: 10 }, { code: '13', weight: 14 }, { code: '14', weight: 8 }, { code: '29', weight: 10 }, { code: '30', weight: 8 }, { code: '20', weight: 8 }],
    centre: [115.038, 35.682],
    seat: [115.03, 35.71],
    rotationDeg: -6,
    outlineKm: [[-1.45, -1.0], [1.3, -1.1], [1.6, -0.2], [1.2, 0.2], [1.35, 1.0], [-0.4, 1.05], [-0.7, 0.6], [-1.5, 0.55]],
    blockWidths: [260, 380],
    blockDepths: [190, 280],
    road: 30,
    medianPlotM2: 16000,
    standardFactoryShare: 0.11,
    landPricePerMu: [11, 16],
    investmentPerMu: 210,
    targetPlotRatio: 0.47,
    targetTaxPerMu: 4.26,
    unsuppliedShare: 0.25,
    batchYears: [2013, 2017, 2021, 2025],
  },
  {
    id: 'qingfeng',
    name: '清丰县先进制造业开发区',
    shortName: '清丰县',
    nameEn: 'Qingfeng County Advanced Manufacturing Development Zone',
    level: 'provincial',
    location: 'county',
    locationNote: '位于清丰县城东南，距中心城区约15公里，属县域范围内的省级开发区，适用1.2/35%标准',
    county: '清丰县',
    countyCode: '410922',
    tier: 3,
    leadingIndustries: ['家居制造', '食品加工', '装备制造'],
    industries: [{ code: '21', weight: 40 }, { code: '20', weight: 14 }, { code: '13', weight: 14 }, { code: '14', weight: 8 }, { code: '34', weight: 12 }, { code: '33', weight: 6 }, { code: '29', weight: 6 }],
    centre: [115.128, 35.878],
    seat: [115.1, 35.89],
    rotationDeg: 3,
    outlineKm: [[-1.4, -0.95], [1.45, -0.9], [1.35, 0.3], [0.8, 0.45], [0.9, 1.05], [-1.1, 1.0], [-1.5, 0.2]],
    blockWidths: [250, 370],
    blockDepths: [180, 270],
    road: 28,
    medianPlotM2: 15000,
    standardFactoryShare: 0.09,
    landPricePerMu: [10, 14],
    investmentPerMu: 190,
    targetPlotRatio: 0.38,
    targetTaxPerMu: 2.18,
    unsuppliedShare: 0.28,
    batchYears: [2012, 2015, 2019, 2023, 2026],
  },
  {
    id: 'nanle',
    name: '南乐县先进制造业开发区',
    shortName: '南乐县',
    nameEn: 'Nanle County Advanced Manufacturing Development Zone',
    level: 'provincial',
    location: 'county',
    locationNote: '位于南乐县城东南，距中心城区约35公里，属县域范围内的省级开发区，适用1.2/35%标准',
    county: '南乐县',
    countyCode: '410923',
    tier: 3,
    leadingIndustries: ['生物基材料', '机械制造', '食品加工'],
    industries: [{ code: '26', weight: 22 }, { code: '28', weight: 12 }, { code: '29', weight: 10 }, { code: '34', weight: 16 }, { code: '35', weight: 10 }, { code: '13', weight: 16 }, { code: '14', weight: 8 }, { code: '20', weight: 6 }],
    centre: [115.232, 36.058],
    seat: [115.2, 36.07],
    rotationDeg: -2,
    outlineKm: [[-1.35, -0.9], [1.3, -1.0], [1.45, 0.4], [0.7, 0.55], [0.6, 1.0], [-1.2, 0.95]],
    blockWidths: [250, 380],
    blockDepths: [190, 280],
    road: 28,
    medianPlotM2: 16000,
    standardFactoryShare: 0.07,
    landPricePerMu: [10, 13],
    investmentPerMu: 170,
    targetPlotRatio: 0.31,
    targetTaxPerMu: 1.08,
    unsuppliedShare: 0.3,
    batchYears: [2012, 2016, 2020, 2025],
  },
  {
    id: 'fanxian',
    name: '范县先进制造业开发区',
    shortName: '范县',
    nameEn: 'Fan County Advanced Manufacturing Development Zone',
    level: 'provincial',
    location: 'county',
    locationNote: '位于范县县城东南，距中心城区约45公里，属县域范围内的省级开发区，适用1.2/35%标准',
    county: '范县',
    countyCode: '410926',
    tier: 2,
    leadingIndustries: ['化工', '装备制造', '新材料'],
    industries: [{ code: '26', weight: 38 }, { code: '25', weight: 8 }, { code: '29', weight: 10 }, { code: '35', weight: 16 }, { code: '34', weight: 10 }, { code: '33', weight: 8 }, { code: '30', weight: 5 }, { code: '42', weight: 5 }],
    centre: [115.522, 35.838],
    seat: [115.5, 35.85],
    rotationDeg: 8,
    outlineKm: [[-1.6, -1.0], [1.1, -1.15], [1.7, -0.4], [1.55, 0.75], [0.3, 1.05], [0.0, 0.65], [-1.5, 0.8]],
    blockWidths: [280, 420],
    blockDepths: [200, 300],
    road: 32,
    medianPlotM2: 19000,
    standardFactoryShare: 0.1,
    landPricePerMu: [11, 15],
    investmentPerMu: 250,
    targetPlotRatio: 0.44,
    targetTaxPerMu: 9.63,
    unsuppliedShare: 0.2,
    batchYears: [2012, 2015, 2018, 2022, 2025],
  },
  {
    id: 'taiqian',
    name: '台前县先进制造业开发区',
    shortName: '台前县',
    nameEn: 'Taiqian County Advanced Manufacturing Development Zone',
    level: 'provincial',
    location: 'county',
    locationNote: '位于台前县城东侧，距中心城区约80公里，属县域范围内的省级开发区，适用1.2/35%标准',
    county: '台前县',
    countyCode: '410927',
    tier: 3,
    leadingIndustries: ['羽绒及服装加工', '汽车零部件'],
    industries: [{ code: '19', weight: 34 }, { code: '18', weight: 20 }, { code: '17', weight: 8 }, { code: '36', weight: 22 }, { code: '34', weight: 8 }, { code: '13', weight: 8 }],
    centre: [115.892, 35.972],
    seat: [115.87, 35.98],
    rotationDeg: 15,
    outlineKm: [[-1.3, -0.85], [1.2, -0.9], [1.45, 0.1], [0.9, 0.95], [-0.6, 1.0], [-1.1, 0.45]],
    blockWidths: [220, 340],
    blockDepths: [170, 250],
    road: 28,
    medianPlotM2: 13000,
    standardFactoryShare: 0.2,
    landPricePerMu: [10, 13],
    investmentPerMu: 200,
    targetPlotRatio: 0.62,
    targetTaxPerMu: 3.11,
    unsuppliedShare: 0.24,
    batchYears: [2013, 2017, 2021, 2024],
  },
];
