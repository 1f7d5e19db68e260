/** UI strings of the 批而未供 view's KPI strip, both languages; spread into zh-CN.ts and en.ts as `batchRates`. */
export const BATCH_RATES_ZH = {
  batchRates: {
    label: '批而未供指标',
    scopeCity: '全市',
    supplyRate: '供地率',
    supplyRateHint: '已供应面积 / 批准面积，截至评价基准日已批准的全部批次（总量之比）。',
    fiveYear: '近五年供地率',
    fiveYearSub: '{{count}} 个批次，批准未满 {{years}} 年',
    fiveYearSub_one: '{{count}} 个批次，批准未满 {{years}} 年',
    fiveYearHint: '近五年内批准的批次（按《民法典》期间计算，自批准次日起算，满 {{years}} 年的不计入）的已供应面积 / 批准面积。{{source}}：近五年平均供地率低于 {{floor}} 的市、县，除国家重点项目和民生项目外暂停新增建设用地审批。',
    belowFloor: '低于 {{floor}}',
    belowFloorTitle: '低于增存挂钩 {{floor}} 红线',
    disposal: '本年处置率',
    disposalSub: '{{from}} 至 {{to}}',
    disposalHint: '期内供应的面积 / 期初（{{from}}）批而未供面积，仅计期初已批准的批次。',
    withdrawalCaveat: '核减撤回面积无日期，未计入。',
  },
};

export const BATCH_RATES_EN: typeof BATCH_RATES_ZH = {
  batchRates: {
    label: 'Unsupplied-land indicators',
    scopeCity: 'City',
    supplyRate: 'Supply rate',
    supplyRateHint: 'Supplied area / approved area over every batch approved by the as-of date (a ratio of sums).',
    fiveYear: 'Five-year supply rate',
    fiveYearSub: '{{count}} batches approved less than {{years}} years ago',
    fiveYearSub_one: '{{count}} batch approved less than {{years}} years ago',
    fiveYearHint: 'Supplied / approved area of the batches approved in the last five years (periods as in the Civil Code: counted from the day after approval; a batch {{years}} full years old is out). {{source}}: cities and counties whose five-year average supply rate is below {{floor}} get no new construction-land approval, except national key and livelihood projects.',
    belowFloor: 'below {{floor}}',
    belowFloorTitle: 'Below the {{floor}} floor of the stock-linked quota rule',
    disposal: 'Disposal rate this year',
    disposalSub: '{{from}} to {{to}}',
    disposalHint: 'Area supplied in the period / unsupplied area at its start ({{from}}), over the batches approved before the start.',
    withdrawalCaveat: 'Withdrawn areas carry no date and are not counted.',
  },
};
