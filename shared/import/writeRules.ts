import type { Values } from './records';

/** The 供地方式 of a contract an import creates when no column gives one. */
export const DEFAULT_SUPPLY_METHOD = '出让';

/** An import creates a contract only for a record that gives 合同签订日期 or 约定开工日期 (an existing one is updated by any contract field). */
export function givesContractDates(v: Values): boolean {
  return v.contractDate !== undefined || v.agreedStartDate !== undefined;
}

/** Without a 是否投产 column a plot counts as operating once it reports tax or has been completed. */
export function operatingOf(v: Values): boolean {
  return v.operating ?? ((v.annualTax ?? 0) > 0 || v.actualCompletionDate !== undefined);
}
