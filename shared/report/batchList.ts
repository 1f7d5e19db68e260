/** The zone report's 批而未供 table: the batches with land still unsupplied as of the date, oldest approval first. */
export function reportedBatches<B extends { approvalDate: string; unsuppliedAreaM2: number }>(batches: readonly B[]): B[] {
  return batches.filter((b) => b.unsuppliedAreaM2 > 0).sort((x, y) => x.approvalDate.localeCompare(y.approvalDate));
}
