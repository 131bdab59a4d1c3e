import type { Club, ClubCategory, SizeBand } from './entities';
import { CLUB_CATEGORIES, LIMITS, SIZE_BANDS } from './vocabulary';

/** What the club form hands in, before it is checked. */
export interface ClubDraft {
  name: string;
  category: string;
  sizeBand: string;
  description: string;
}

export type ClubFieldError = 'required' | 'too-long' | 'invalid';

/** The checked fields of a club, ready to store. */
export type ClubFields = Pick<Club, 'name' | 'category' | 'sizeBand' | 'description'>;

export type ClubValidation =
  | { ok: true; value: ClubFields }
  | { ok: false; errors: Partial<Record<keyof ClubDraft, ClubFieldError>> };

const isCategory = (v: string): v is ClubCategory =>
  (CLUB_CATEGORIES as readonly string[]).includes(v);
const isSizeBand = (v: string): v is SizeBand => (SIZE_BANDS as readonly string[]).includes(v);

/** Checks a club form: a name is required, category and size band from the lists. */
export function validateClubDraft(draft: ClubDraft): ClubValidation {
  const errors: Partial<Record<keyof ClubDraft, ClubFieldError>> = {};
  const name = draft.name.trim().replace(/\s+/g, ' ');
  const description = draft.description.trim();
  if (name === '') errors.name = 'required';
  else if (name.length > LIMITS.name) errors.name = 'too-long';
  if (!isCategory(draft.category)) errors.category = 'invalid';
  if (!isSizeBand(draft.sizeBand)) errors.sizeBand = 'invalid';
  if (description.length > LIMITS.description) errors.description = 'too-long';
  if (
    Object.keys(errors).length > 0 ||
    !isCategory(draft.category) ||
    !isSizeBand(draft.sizeBand)
  ) {
    return { ok: false, errors };
  }
  return {
    ok: true,
    value: {
      name,
      category: draft.category,
      sizeBand: draft.sizeBand,
      ...(description ? { description } : {}),
    },
  };
}

/** Clubs in the order people look for them: by name, German collation. */
export function sortClubs(clubs: readonly Club[]): Club[] {
  return [...clubs].sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

/**
 * The fields the form changed against the club it was loaded from: only these
 * are written, so a field another tab changed meanwhile keeps its value. A
 * cleared description is `undefined`, which storage removes.
 */
export function changedClubFields(before: ClubFields, after: ClubFields): Partial<ClubFields> {
  const changes: Partial<ClubFields> = {};
  if (before.name !== after.name) changes.name = after.name;
  if (before.category !== after.category) changes.category = after.category;
  if (before.sizeBand !== after.sizeBand) changes.sizeBand = after.sizeBand;
  if ((before.description ?? '') !== (after.description ?? ''))
    changes.description = after.description;
  return changes;
}
