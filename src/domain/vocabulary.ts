// The closed lists of the domain, free of zod so that first-screen code can use
// them without loading the schema library.

/** Fixed rating ids; an edition gives them words and values. */
export const RATING_IDS = ['green', 'yellow', 'red', 'na'] as const;

/** Club categories offered in the form; "keine-angabe" is always allowed. */
export const CLUB_CATEGORIES = [
  'sport',
  'kultur',
  'religion',
  'soziales',
  'bildung',
  'migrantenorganisation',
  'nachbarschaft',
  'sonstiges',
  'keine-angabe',
] as const;

/** Size bands by number of members. */
export const SIZE_BANDS = ['bis-20', '21-100', '101-500', 'ueber-500', 'keine-angabe'] as const;

/** Longest texts the app accepts. */
export const LIMITS = {
  name: 100,
  description: 500,
  note: 2000,
  nextStep: 500,
  who: 100,
  /** An idea for a first step in an edition: one sentence, short enough to become a next step. */
  idea: 200,
} as const;

/** Most ideas for a first step an edition gives one criterion. */
export const MAX_IDEAS = 3;

/** The anonymous file's format name and the version this app writes. */
export const ANONYMOUS_FORMAT = 'ampelbogen-anonym';
export const ANONYMOUS_VERSION = 1;
