// When the device's storage counts as nearly full: the app warns early, so a
// club makes a backup before a write fails (a browser may even delete a
// database that a full disk damaged).

/** Less free room than this is "little". */
export const LOW_SPACE_BYTES = 50 * 1024 * 1024;
/** Less than this share of the quota free is "little" too. */
export const LOW_SPACE_SHARE = 0.1;

/** True when the origin's quota leaves little room; false when the browser cannot tell. */
export function isSpaceLow(usage: number | null, quota: number | null): boolean {
  if (usage === null || quota === null || quota <= 0) return false;
  const free = quota - usage;
  return free < LOW_SPACE_BYTES || free < quota * LOW_SPACE_SHARE;
}
