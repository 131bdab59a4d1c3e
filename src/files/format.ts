import type { z } from 'zod';
import {
  issueOf,
  type Checked,
  type FileIssue,
  type FileResult,
  type FormatName,
} from './problems';
import { findHostileKey, parseJson, readTextFile } from './read-file';

// One path for every file format: a format is declared once (name, size cap,
// versions with their schema, checks and upgrade), and every file comes in the
// same way: size cap → text → depth → JSON → prototype keys → envelope →
// version → strict schema of that version → its checks → upgrade to the
// newest → the newest version's checks. Nothing here writes.

/** One version of a format, its types bound by `version()`. */
export interface FormatVersion<T> {
  /** Validates data that claims this version and brings it to the newest shape. */
  readonly read: (data: unknown) => Checked<T>;
  /** Whether this version is upgraded: every version but the newest is. */
  readonly upgrades: boolean;
  /** The checks of the newest version, run again on an upgraded value. */
  readonly recheck: ((value: T) => readonly FileIssue[]) | undefined;
}

interface VersionOptions<V, T> {
  /** Relations the schema cannot see (unique ids, references), as issues. */
  check?: (value: V) => readonly FileIssue[];
  /** This version in the newest shape; absent on the newest version. */
  upgrade?: (value: V) => T;
}

function refuse(issues: readonly FileIssue[]): Checked<never> {
  return { ok: false, problem: { code: 'invalid', issues } };
}

/** The newest version of a format: its schema and checks. */
export function version<S extends z.ZodType>(
  schema: S,
  options?: { check?: (value: z.output<S>) => readonly FileIssue[] },
): FormatVersion<z.output<S>>;
/** An older version: its schema, checks, and how it becomes the newest shape. */
export function version<S extends z.ZodType, T>(
  schema: S,
  options: {
    check?: (value: z.output<S>) => readonly FileIssue[];
    upgrade: (value: z.output<S>) => T;
  },
): FormatVersion<T>;
export function version<S extends z.ZodType, T>(
  schema: S,
  options: VersionOptions<z.output<S>, T> = {},
): FormatVersion<T> {
  const { check, upgrade } = options;
  return {
    read: (data) => {
      // The input in the issues tells a missing field from one of the wrong type.
      const parsed = schema.safeParse(data, { reportInput: true });
      if (!parsed.success) return refuse(parsed.error.issues.map(issueOf));
      const issues = check?.(parsed.data) ?? [];
      if (issues.length > 0) return refuse(issues);
      // Without an upgrade this is the newest version: its output is T.
      return { ok: true, value: upgrade ? upgrade(parsed.data) : (parsed.data as T) };
    },
    upgrades: upgrade !== undefined,
    recheck: upgrade ? undefined : (check as ((value: T) => readonly FileIssue[]) | undefined),
  };
}

export interface FormatSpec<T> {
  format: FormatName;
  /** Files above this are refused before they are read. */
  maxBytes: number;
  /** The envelope field that holds the format's version: "version" unless named. */
  versionKey?: string;
  /** Every version the app reads; the highest is the newest, the one it writes. */
  versions: Readonly<Record<number, FormatVersion<T>>>;
}

/** A declared file format: the one way in for files of it. */
export interface FileFormat<T> {
  readonly format: FormatName;
  readonly maxBytes: number;
  /** The version the app writes. */
  readonly newest: number;
  /** Checks a value parsed from JSON, in full, and brings it to the newest version. */
  check(data: unknown): FileResult<T>;
  /** Checks JSON text. */
  parse(text: string): FileResult<T>;
  /** Reads a picked file: the size cap before reading, then the text. */
  read(file: Blob): Promise<FileResult<T>>;
}

/** Declares a file format. */
export function defineFormat<T>(spec: FormatSpec<T>): FileFormat<T> {
  const { format, maxBytes, versions } = spec;
  const versionKey = spec.versionKey ?? 'version';
  const numbers = Object.keys(versions).map(Number);
  const newest = Math.max(...numbers);
  const latest = versions[newest];
  if (!latest || latest.upgrades || numbers.some((n) => n !== newest && !versions[n]?.upgrades))
    throw new Error(`${format}: every version but the newest needs an upgrade`);

  const result = <V>(checked: Checked<V>): FileResult<V> =>
    checked.ok ? checked : { ok: false, format, problem: checked.problem };

  const check = (data: unknown): FileResult<T> => {
    if (typeof data !== 'object' || data === null || Array.isArray(data))
      return result({ ok: false, problem: { code: 'wrong-format', found: undefined } });
    const key = findHostileKey(data);
    if (key !== null) return result({ ok: false, problem: { code: 'hostile-key', key } });
    const envelope = data as Record<string, unknown>;
    const found = envelope.format;
    if (found !== format) {
      const named = typeof found === 'string' && found.length <= 100 ? found : undefined;
      return result({ ok: false, problem: { code: 'wrong-format', found: named } });
    }
    const v = envelope[versionKey];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
      return result({ ok: false, problem: { code: 'bad-version' } });
    if (v > newest)
      return result({ ok: false, problem: { code: 'newer-version', version: v, newest } });
    const entry = versions[v];
    if (!entry) return result({ ok: false, problem: { code: 'bad-version' } });
    const read = entry.read(data);
    if (!read.ok || v === newest) return result(read);
    const issues = latest.recheck?.(read.value) ?? [];
    return issues.length > 0 ? result(refuse(issues)) : read;
  };

  const parse = (text: string): FileResult<T> => {
    const json = parseJson(text);
    return json.ok ? check(json.value) : result(json);
  };

  return {
    format,
    maxBytes,
    newest,
    check,
    parse,
    read: async (file) => {
      const text = await readTextFile(file, maxBytes);
      return text.ok ? parse(text.value) : result(text);
    },
  };
}
