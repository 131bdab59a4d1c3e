// Schema version 6 as it shipped: "rounds", the open rounds of a meeting, one
// row per round with its participants' lights under random ids, indexed by
// the assessment it belongs to. A new store, no upgrade function. Frozen.

/** The store version 6 adds. */
export const stores = {
  rounds: 'id, assessmentId',
};
