import type { Values } from '../../../shared/import/records';

/** Which import field is stored in which column, per table: the update writes these, the create audits them. */
export type FieldColumns = readonly (readonly [keyof Values, string])[];

export const PLOT_COLUMNS: FieldColumns = [
  ['supervisionNo', 'supervision_no'], ['projectName', 'project_name'], ['landUser', 'land_user'], ['creditCode', 'credit_code'],
  ['landUseCode', 'land_use_code'], ['industryCode', 'industry_code'], ['projectType', 'project_type'], ['landArea', 'land_area_m2'],
  ['batchId', 'batch_id'],
];
export const CONTRACT_COLUMNS: FieldColumns = [
  ['supplyMethod', 'supply_method'], ['contractDate', 'contract_date'], ['landPrice', 'land_price_wan'],
  ['agreedStartDate', 'agreed_start_date'], ['agreedCompletionDate', 'agreed_completion_date'], ['actualStartDate', 'actual_start_date'],
  ['actualCompletionDate', 'actual_completion_date'], ['suspendedSince', 'suspended_since'], ['developedAreaShare', 'developed_area_share'],
  ['investedShare', 'invested_share'], ['governmentCause', 'government_cause'],
];
export const METRIC_COLUMNS: FieldColumns = [
  ['floorArea', 'floor_area_m2'], ['buildingFootprint', 'building_footprint_m2'], ['fixedInvestment', 'fixed_investment_wan'],
  ['annualTax', 'annual_tax_wan'], ['operating', 'operating'],
];

/** A field's value as SQLite takes it: booleans as 0/1, an absent field as NULL. */
export const sqlValue = (v: unknown) => (v === undefined ? null : typeof v === 'boolean' ? (v ? 1 : 0) : v);
