// The German texts of a round at the meeting: starting it, taking part,
// collecting the answers, the spread and the big-screen view (part of the
// on-demand catalog, as deFiles.round). Same shape rules as core.ts.

export const deRound = {
  heading: 'Runde',
};
