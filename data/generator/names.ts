/** Word lists for fictitious enterprise and project names (any likeness to a real firm is chance). */
import type { Rng } from './prng';

const FIRST = '瑞恒宏鑫华金润佳盛天隆永博嘉泰众兴信诚德凯亿昊森冠晟邦豪弘锦裕';
const SECOND = '丰通达源美宇泽和润兴远诚辉发业安昌明利新科创邦泰晨阳基福茂';

export interface IndustryWords {
  trades: string[];
  products: { name: string; unit: string; perMu: number }[];
}

/** GB/T 4754-2017 divisions used in the dataset, with trade words (行业表述) and products for project names. */
export const INDUSTRY: Record<string, IndustryWords> = {
  '13': { trades: ['粮油', '农产品加工', '面业', '饲料'], products: [{ name: '面粉', unit: '万吨', perMu: 0.2 }, { name: '饲料', unit: '万吨', perMu: 0.25 }, { name: '食用植物油', unit: '万吨', perMu: 0.1 }] },
  '14': { trades: ['食品', '食品科技', '调味品'], products: [{ name: '速冻食品', unit: '万吨', perMu: 0.05 }, { name: '休闲食品', unit: '万吨', perMu: 0.04 }, { name: '复合调味料', unit: '万吨', perMu: 0.05 }] },
  '17': { trades: ['纺织', '棉纺'], products: [{ name: '高档面料', unit: '万米', perMu: 40 }, { name: '无纺布', unit: '吨', perMu: 60 }] },
  '18': { trades: ['服饰', '服装', '制衣'], products: [{ name: '羽绒服装', unit: '万件', perMu: 2 }, { name: '职业服装', unit: '万套', perMu: 1.5 }] },
  '19': { trades: ['羽绒制品', '羽绒', '羽毛'], products: [{ name: '水洗羽绒', unit: '吨', perMu: 30 }, { name: '羽绒被', unit: '万条', perMu: 0.8 }, { name: '羽绒填充物', unit: '吨', perMu: 25 }] },
  '20': { trades: ['木业', '板业', '木制品'], products: [{ name: '生态板', unit: '万张', perMu: 3 }, { name: '实木门', unit: '万樘', perMu: 0.4 }] },
  '21': { trades: ['家具', '家居', '实木家具'], products: [{ name: '实木家具', unit: '万套', perMu: 0.15 }, { name: '定制家居', unit: '万套', perMu: 0.2 }, { name: '办公家具', unit: '万件', perMu: 0.5 }] },
  '25': { trades: ['石化', '能源科技'], products: [{ name: '针状焦', unit: '万吨', perMu: 0.1 }, { name: '特种油品', unit: '万吨', perMu: 0.15 }] },
  '26': { trades: ['化工', '新材料', '化学', '精细化工', '涂料', '氢能科技'], products: [{ name: '电子级化学品', unit: '万吨', perMu: 0.03 }, { name: '可降解材料', unit: '万吨', perMu: 0.05 }, { name: '聚碳酸酯', unit: '万吨', perMu: 0.08 }, { name: '环氧树脂', unit: '万吨', perMu: 0.05 }, { name: '水性涂料', unit: '万吨', perMu: 0.06 }, { name: '高纯氢', unit: '吨', perMu: 20 }, { name: '特种胺', unit: '万吨', perMu: 0.02 }] },
  '27': { trades: ['药业', '生物医药', '制药'], products: [{ name: '原料药', unit: '吨', perMu: 2 }, { name: '固体制剂', unit: '亿片', perMu: 0.1 }] },
  '28': { trades: ['化纤', '生物材料'], products: [{ name: '生物基纤维', unit: '万吨', perMu: 0.03 }, { name: '聚乳酸纤维', unit: '万吨', perMu: 0.02 }] },
  '29': { trades: ['塑业', '橡塑制品', '新材料'], products: [{ name: '改性塑料', unit: '万吨', perMu: 0.06 }, { name: '塑料薄膜', unit: '万吨', perMu: 0.05 }, { name: '橡胶密封件', unit: '万件', perMu: 20 }] },
  '30': { trades: ['建材', '新型建材', '玻璃制品'], products: [{ name: '新型墙体材料', unit: '万立方米', perMu: 0.5 }, { name: '预制混凝土构件', unit: '万立方米', perMu: 0.3 }] },
  '33': { trades: ['金属制品', '钢构', '五金'], products: [{ name: '钢结构件', unit: '万吨', perMu: 0.05 }, { name: '五金配件', unit: '万件', perMu: 10 }] },
  '34': { trades: ['机械', '机械制造', '通用设备'], products: [{ name: '工业阀门', unit: '万台', perMu: 0.05 }, { name: '工业泵', unit: '万台', perMu: 0.02 }, { name: '起重设备', unit: '台套', perMu: 5 }] },
  '35': { trades: ['石油机械', '装备制造', '专用设备', '环保设备'], products: [{ name: '石油钻采设备', unit: '台套', perMu: 3 }, { name: '环保设备', unit: '台套', perMu: 6 }, { name: '抽油机', unit: '台', perMu: 10 }] },
  '36': { trades: ['汽车零部件', '汽车配件', '车辆部件'], products: [{ name: '汽车零部件', unit: '万件', perMu: 3 }, { name: '汽车底盘件', unit: '万套', perMu: 0.5 }] },
  '38': { trades: ['电气', '新能源', '氢能装备'], products: [{ name: '氢燃料电池系统', unit: '套', perMu: 20 }, { name: '电线电缆', unit: '万米', perMu: 50 }, { name: '储能电池', unit: 'MWh', perMu: 5 }] },
  '39': { trades: ['电子', '电子科技', '光电'], products: [{ name: '电子元器件', unit: '万只', perMu: 100 }, { name: 'LED照明产品', unit: '万套', perMu: 5 }] },
  '40': { trades: ['仪器仪表', '智能仪表'], products: [{ name: '智能仪表', unit: '万台', perMu: 0.5 }] },
  '42': { trades: ['再生资源', '资源循环'], products: [{ name: '废旧金属综合利用', unit: '万吨', perMu: 0.1 }] },
};

function words(industryCode: string): IndustryWords {
  const w = INDUSTRY[industryCode];
  if (!w) throw new RangeError(`no words for industry ${industryCode}`);
  return w;
}

export function enterpriseName(rng: Rng, industryCode: string, countyPrefix: string): string {
  const brand = FIRST.charAt(rng.int(0, FIRST.length - 1)) + SECOND.charAt(rng.int(0, SECOND.length - 1));
  const prefix = rng.weighted<string>([['濮阳市', 4], ['濮阳', 2], ['河南', 2], [countyPrefix, 3]]);
  const form = rng.weighted<string>([['有限公司', 7], ['股份有限公司', 1.5], ['有限责任公司', 1.5]]);
  return `${prefix}${brand}${rng.pick(words(industryCode).trades)}${form}`;
}

function roundNice(x: number): number {
  if (x >= 100) return Math.round(x / 10) * 10;
  if (x >= 10) return Math.round(x);
  if (x >= 1) return Math.round(x * 2) / 2;
  return Math.max(0.1, Math.round(x * 10) / 10);
}

export function projectName(rng: Rng, industryCode: string, mu: number, kind: 'general' | 'standard-factory' | 'warehouse', zoneShort: string): string {
  if (kind === 'standard-factory') {
    return rng.pick([`${zoneShort}多层标准厂房建设项目（${rng.pick(['一', '二', '三'])}期）`, `${zoneShort}标准化厂房项目`, '多层标准化厂房及配套设施项目']);
  }
  if (kind === 'warehouse') return rng.pick(['原料及成品仓储中心项目', '仓储物流中心建设项目', '智能立体仓库项目']);
  const p = rng.pick(words(industryCode).products);
  const qty = roundNice(p.perMu * mu * rng.float(0.6, 1.6));
  const phase = rng.weighted<string>([['', 6], ['（一期）', 2], ['（二期）', 1], ['扩建', 1]]);
  return phase === '扩建' ? `年产${qty}${p.unit}${p.name}扩建项目` : `年产${qty}${p.unit}${p.name}项目${phase}`;
}

export const GOVERNMENT_CAUSES = [
  '未按约定交付土地（征地拆迁未完成）',
  '规划调整（城乡规划依法修改）',
  '国家产业政策调整，需修改规划建设条件',
  '相关群众信访事项尚未处置完毕',
  '文物保护（地块内需开展文物勘探发掘）',
];
