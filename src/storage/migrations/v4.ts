// Schema version 4 as it shipped: an index on updatedAt, so that "is there
// anything newer than the last backup?" reads a few rows instead of every
// answer. Indexes only, no upgrade function. Frozen.

/** The stores whose indexes version 4 extends. */
export const stores = {
  clubs: 'id, name, updatedAt',
  assessments: 'id, clubId, [clubId+date], status, updatedAt',
  answers: '[assessmentId+criterionId], assessmentId, updatedAt',
  measures: 'id, clubId, assessmentId, [clubId+criterionId], updatedAt',
};
