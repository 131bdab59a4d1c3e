import type { z } from 'zod';
import { deFiles } from '../messages/de-files';

// Turns zod's issues into short German sentences with a readable place
// ("Bereich 2, Aussage 3, „text“ fehlt"), so a person can fix the file.

const COLLECTIONS: Record<string, (n: number) => string> = {
  areas: deFiles.files.path.area,
  criteria: deFiles.files.path.criterion,
  ratings: deFiles.files.path.rating,
  dimensions: deFiles.files.path.dimension,
};

function describePath(
  path: readonly PropertyKey[],
  collections: Record<string, (n: number) => string>,
): string {
  const parts: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const parent = path[i - 1];
      const name =
        typeof parent === 'string' && Object.hasOwn(collections, parent)
          ? collections[parent]
          : undefined;
      parts.push((name ?? deFiles.files.path.item)(segment + 1));
    } else if (typeof path[i + 1] !== 'number' || !Object.hasOwn(collections, String(segment))) {
      parts.push(deFiles.files.path.field(String(segment)));
    }
  });
  return parts.length > 0 ? parts.join(', ') : deFiles.files.path.root;
}

function describeProblem(issue: z.core.$ZodIssue): string {
  const t = deFiles.files.issues;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? t.missing : t.wrongType;
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? t.tooLong(String(issue.maximum))
        : t.tooBig(String(issue.maximum));
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? t.tooShort(String(issue.minimum))
        : t.tooSmall(String(issue.minimum));
    case 'invalid_value':
      return t.notAllowed(issue.values.map(String).join(', '));
    case 'unrecognized_keys':
      return t.unknownKeys(issue.keys.join(', '));
    case 'invalid_format':
      return t.badFormat;
    case 'custom':
      return issue.message;
    default:
      return t.invalid;
  }
}

/**
 * At most `limit` issues as one German text; the rest are counted. Lists named
 * in `extra` (e.g. a backup's clubs) get their own words for a place.
 */
export function describeIssues(
  issues: readonly z.core.$ZodIssue[],
  limit = 3,
  extra: Record<string, (n: number) => string> = {},
): string {
  const collections = { ...COLLECTIONS, ...extra };
  const shown = issues
    .slice(0, limit)
    .map((issue) => `${describePath(issue.path, collections)} ${describeProblem(issue)}`);
  const rest = issues.length - shown.length;
  return shown.join('; ') + (rest > 0 ? `; ${deFiles.files.issues.more(rest)}` : '') + '.';
}
