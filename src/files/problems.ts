import type { z } from 'zod';
import type { SchemaRule } from '../domain/edition-schema';

// Why a file that came in was refused, as codes with parameters: never words.
// One union for every format; src/ui/file-problems.ts is the one place that
// turns a problem into German.

/** The file formats of the app, by the name in their envelope. */
export type FormatName =
  'ampelbogen-sicherung' | 'ampelbogen-edition' | 'ampelbogen-anonym' | 'ampelbogen-runde';

/** A place in a file: keys and list positions (from 0) from the top. */
export type FilePath = readonly (string | number)[];

/** What is wrong at one place, as a schema or a cross-check sees it. */
export type IssueProblem =
  | { problem: 'missing' }
  /** `expected` as zod names it: string, number, int, boolean, object, array, record, … */
  | { problem: 'wrong-type'; expected: string }
  /** A number where one belongs, but beyond what a number can hold, such as 1e309. */
  | { problem: 'out-of-range' }
  | { problem: 'too-long'; maximum: number }
  | { problem: 'too-short'; minimum: number }
  | { problem: 'too-big'; maximum: number }
  | { problem: 'too-small'; minimum: number }
  | { problem: 'not-allowed'; values: string[] }
  | { problem: 'unknown-keys'; keys: string[] }
  | { problem: 'bad-format' }
  | { problem: 'invalid' }
  | SchemaRule
  | BackupRule;

/** The backup's cross-checks: relations between records that no schema sees. */
export type BackupRule =
  | { problem: 'duplicate' }
  | { problem: 'club-missing' }
  | { problem: 'assessment-missing' }
  | { problem: 'club-mismatch' }
  | { problem: 'bad-measure-id' }
  | { problem: 'too-many-lights' }
  | { problem: 'too-many-notes' }
  | { problem: 'too-many-spreads' }
  | { problem: 'answer-of-finished' };

/** One problem at one place. */
export type FileIssue = { path: FilePath } & IssueProblem;

/** Why a file was refused as a whole. */
export type FileProblem =
  | { code: 'too-large'; maxBytes: number }
  | { code: 'unreadable' }
  | { code: 'not-json' }
  | { code: 'too-deep'; maxDepth: number }
  | { code: 'hostile-key'; key: string }
  /** Not this format; `found` is the format the file names, if it names one. */
  | { code: 'wrong-format'; found: string | undefined }
  | { code: 'bad-version' }
  | { code: 'newer-version'; version: number; newest: number }
  /** Every issue found, in order; the first ones matter most. */
  | { code: 'invalid'; issues: readonly FileIssue[] }
  /** A backup's edition ("id@version") is on the device with other content. */
  | { code: 'edition-conflict'; edition: string }
  /** A backup's assessments need an edition that is neither in the file nor on the device. */
  | { code: 'edition-missing'; edition: string }
  /** An anonymous file rates criteria that its edition, which is on the device, does not have. */
  | { code: 'unknown-criteria'; edition: { id: string; version: number }; ids: string[] }
  /** A typed or scanned code holds symbols its alphabet does not have. */
  | { code: 'bad-characters'; found: string[] }
  /** A code's check symbol does not fit: a symbol was mistyped or misread. */
  | { code: 'bad-check' }
  /** A code's bytes are cut short or changed (its CRC or layout does not fit). */
  | { code: 'damaged' };

/** A file refused: which format it was read as, and why. */
export interface FileRefusal {
  ok: false;
  format: FormatName;
  problem: FileProblem;
}

/** The outcome of reading an untrusted file: its value, or why it was refused. */
export type FileResult<T> = { ok: true; value: T } | FileRefusal;

/** A step on the way in, before the format is known to the caller. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problem: FileProblem };

const isRule = (params: unknown): params is SchemaRule =>
  typeof params === 'object' &&
  params !== null &&
  typeof (params as { problem?: unknown }).problem === 'string';

/**
 * One zod issue as a FileIssue. Needs issues parsed with `reportInput: true`:
 * a missing field and a field of the wrong type both come as invalid_type,
 * and only the input tells them apart.
 */
export function issueOf(issue: z.core.$ZodIssue): FileIssue {
  const path = issue.path.map((p) => (typeof p === 'number' ? p : String(p)));
  switch (issue.code) {
    case 'invalid_type': {
      const input: unknown = issue.input;
      if (input === undefined) return { path, problem: 'missing' };
      const numeric = issue.expected === 'number' || issue.expected === 'int';
      if (numeric && typeof input === 'number' && !Number.isFinite(input))
        return { path, problem: 'out-of-range' };
      return { path, problem: 'wrong-type', expected: issue.expected };
    }
    case 'too_big':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { path, problem: 'too-long', maximum: Number(issue.maximum) }
        : { path, problem: 'too-big', maximum: Number(issue.maximum) };
    case 'too_small':
      return issue.origin === 'string' || issue.origin === 'array'
        ? { path, problem: 'too-short', minimum: Number(issue.minimum) }
        : { path, problem: 'too-small', minimum: Number(issue.minimum) };
    case 'invalid_value':
      return { path, problem: 'not-allowed', values: issue.values.map(String) };
    case 'unrecognized_keys':
      return { path, problem: 'unknown-keys', keys: [...issue.keys] };
    case 'invalid_format':
      return { path, problem: 'bad-format' };
    case 'invalid_union': {
      // A union told apart by one field (an edition's formatVersion) names
      // that field: missing, or not one of the values it knows.
      const { discriminator, input } = issue;
      if (discriminator === undefined || !('options' in issue) || !issue.options)
        return { path, problem: 'invalid' };
      const found =
        typeof input === 'object' && input !== null
          ? (input as Record<string, unknown>)[discriminator]
          : undefined;
      return found === undefined
        ? { path, problem: 'missing' }
        : { path, problem: 'not-allowed', values: issue.options.map(String) };
    }
    case 'custom':
      return isRule(issue.params) ? { path, ...issue.params } : { path, problem: 'invalid' };
    default:
      return { path, problem: 'invalid' };
  }
}
