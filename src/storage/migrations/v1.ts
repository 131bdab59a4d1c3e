// Schema version 1 as it shipped: clubs, assessments, one answer row per
// criterion of an assessment, editions and meta. Frozen: a change of schema
// adds a version, it never edits this one.

/** The stores of version 1 (Dexie syntax: primary key first, then indexes). */
export const stores = {
  clubs: 'id, name',
  assessments: 'id, clubId, [clubId+date], status',
  answers: '[assessmentId+criterionId], assessmentId',
  editions: 'key, id',
  meta: 'key',
};
