import { RuleSet, type RuleSetInput } from './ruleSetSchema';

const REPORT_ZH = '濮阳市自然资源和规划局专题调研组《关于开发区节约集约利用土地的调研报告》三、（二）';
const REPORT_EN =
  'Puyang Natural Resources and Planning Bureau research group, "Report on economical and intensive land use in development zones", part III (2)';

/**
 * The client's report is the default rule set (domain.md §3): local parameters, not a published standard. Every
 * threshold is marked confidence L because domain.md says none could be traced to a published national or provincial text.
 */
const definition: RuleSetInput = {
  id: 'puyang-report-2023',
  version: 1,
  name: { zh: '濮阳市开发区用地控制标准（调研报告）', en: 'Puyang development-zone land-use standards (client report)' },
  effectiveFrom: '2000-01-01',
  source: { zh: REPORT_ZH, en: REPORT_EN },
  rules: [
    {
      id: 'investment-intensity-min',
      metric: 'investment-intensity',
      comparator: '>=',
      threshold: 234,
      appliesWhen: [{}],
      confidence: 'L',
      sourceWording: '一般工业项目亩均投资强度不低于234万元/亩',
    },
    {
      id: 'tax-per-mu-min',
      metric: 'tax-per-mu',
      comparator: '>=',
      threshold: 15,
      appliesWhen: [{}],
      requiresOperating: true,
      confidence: 'L',
      sourceWording: '建成后税收不低于15万元/亩',
    },
    {
      id: 'plot-ratio-general',
      metric: 'plot-ratio',
      comparator: '>=',
      threshold: 1.0,
      appliesWhen: [{ projectTypes: ['general'] }],
      confidence: 'L',
      sourceWording: '建设容积率大于1.0',
      note: {
        zh: '报告原文为"大于1.0"，委托方摘要为"不低于1.0"，按不低于1.0执行',
        en: 'The report says "greater than 1.0"; the client summary says "at least 1.0", which is applied',
      },
    },
    {
      id: 'plot-ratio-standard-factory-central',
      metric: 'plot-ratio',
      comparator: '>=',
      threshold: 1.5,
      appliesWhen: [
        { projectTypes: ['standard-factory'], zoneLevels: ['national'] },
        { projectTypes: ['standard-factory'], zoneLocations: ['central-city'] },
      ],
      confidence: 'L',
      sourceWording: '国家级开发区和省辖市中心城区范围内的省级开发区，多层标准厂房项目用地容积率不低于1.5',
    },
    {
      id: 'building-density-standard-factory-central',
      metric: 'building-density',
      comparator: '>=',
      threshold: 40,
      appliesWhen: [
        { projectTypes: ['standard-factory'], zoneLevels: ['national'] },
        { projectTypes: ['standard-factory'], zoneLocations: ['central-city'] },
      ],
      confidence: 'L',
      sourceWording: '国家级开发区和省辖市中心城区范围内的省级开发区，多层标准厂房项目建筑密度不低于40%',
    },
    {
      id: 'plot-ratio-standard-factory-county',
      metric: 'plot-ratio',
      comparator: '>=',
      threshold: 1.2,
      appliesWhen: [{ projectTypes: ['standard-factory'], zoneLevels: ['provincial'], zoneLocations: ['county'] }],
      confidence: 'L',
      sourceWording: '县域范围内的省级开发区，项目用地容积率不低于1.2',
    },
    {
      id: 'building-density-standard-factory-county',
      metric: 'building-density',
      comparator: '>=',
      threshold: 35,
      appliesWhen: [{ projectTypes: ['standard-factory'], zoneLevels: ['provincial'], zoneLocations: ['county'] }],
      confidence: 'L',
      sourceWording: '县域范围内的省级开发区，建筑密度不低于35%',
    },
  ],
  lifecycle: {
    idleAfterYears: 1,
    reclaimAfterYears: 2,
    idleFeeRate: 0.2,
    stalledDevelopedShareBelow: 1 / 3,
    stalledInvestedShareBelow: 0.25,
    source: {
      zh: '《闲置土地处置办法》（国土资源部令第53号）第二条、第十四条',
      en: 'Measures on the Disposal of Idle Land (MLR Order No. 53, 2012), Arts. 2 and 14',
    },
  },
};

export const CLIENT_REPORT_RULE_SET: RuleSet = RuleSet.parse(definition);
