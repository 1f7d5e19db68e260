/** Strings of the plot History section's change list (field names beyond the import ones, actions, tables), both languages. */
export const AUDIT_LOG_ZH = {
  auditLog: {
    actions: { create: '新增', update: '修改', 'import-create': '导入新增', 'import-update': '导入更新', import: '导入', seed: '初始数据' },
    tables: {
      plots: '宗地', contracts: '合同', plot_metrics: '年度指标', cases: '处置案件', inspections: '巡查', inspection_photos: '巡查照片',
      enterprise_reviews: '企业评价', settings: '设置',
    },
    fields: {
      zoneId: '开发区', state: '处置环节', governmentGround: '政府原因依据', governmentReason: '政府原因说明', governmentCauseGround: '政府原因依据',
      governmentCauseReason: '政府原因说明', originalCrs: '原始坐标系', photo: '照片', plotId: '宗地', inspectedAt: '检查日期', inspector: '检查人',
      stage: '建设阶段', photos: '照片数', name: '名称', sha256: 'SHA-256', file: '文件', created: '新增', updated: '更新', rejected: '拒绝',
    },
    yes: '是',
    no: '否',
    empty: '（空）',
    shape: '（图形）',
    more: '另有 {{count}} 项',
  },
};

export const AUDIT_LOG_EN: typeof AUDIT_LOG_ZH = {
  auditLog: {
    actions: { create: 'Created', update: 'Changed', 'import-create': 'Imported (new)', 'import-update': 'Imported (update)', import: 'Import', seed: 'Initial data' },
    tables: {
      plots: 'plot', contracts: 'contract', plot_metrics: 'yearly figures', cases: 'disposal case', inspections: 'inspection', inspection_photos: 'inspection photo',
      enterprise_reviews: 'enterprise review', settings: 'settings',
    },
    fields: {
      zoneId: 'Zone', state: 'Case step', governmentGround: 'Government-cause ground', governmentReason: 'Government-cause reason', governmentCauseGround: 'Government-cause ground',
      governmentCauseReason: 'Government-cause reason', originalCrs: 'Original CRS', photo: 'Photo', plotId: 'Plot', inspectedAt: 'Inspected on', inspector: 'Inspector',
      stage: 'Construction stage', photos: 'Photos', name: 'Name', sha256: 'SHA-256', file: 'File', created: 'Created', updated: 'Updated', rejected: 'Rejected',
    },
    yes: 'yes',
    no: 'no',
    empty: '(empty)',
    shape: '(shape)',
    more: '{{count}} more',
  },
};
