/** UI strings of the plot panel's rule-version choice (a what-if evaluation), both languages. */
export const RULE_CHOICE_ZH = {
  ruleChoice: {
    label: '评价依据',
    byContract: '按合同日期：第 {{version}} 版（默认）',
    other: '第 {{version}} 版（施行日期 {{from}}）',
    whatIfTitle: '假设评价，非本宗地的正式结果',
    whatIfText: '按第 {{version}} 版（{{from}} 起施行）评价，本宗地为：',
    officialText: '按合同日期适用的第 {{version}} 版，正式结果为：',
  },
};

export const RULE_CHOICE_EN: typeof RULE_CHOICE_ZH = {
  ruleChoice: {
    label: 'Judged by',
    byContract: 'By contract date: version {{version}} (default)',
    other: 'Version {{version}} (in force from {{from}})',
    whatIfTitle: "What-if, not this plot's official result",
    whatIfText: 'Judged under version {{version}} (in force from {{from}}), this plot is:',
    officialText: 'Its official result, under version {{version}} which applies by its contract date:',
  },
};
