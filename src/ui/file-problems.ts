import type {
  BackupRule,
  FileIssue,
  FilePath,
  FileProblem,
  FileRefusal,
  FormatName,
} from '../files/problems';
import { tf } from '../locale';

// The one place where a refused file's problem becomes German: every screen
// that reads a file (backup, edition, the office's anonymous files) shows what
// this returns. Places read like "Bereich 2, Aussage 3, „text“".

/** The words that differ from format to format. */
interface FormatWords {
  tooLarge: (maxBytes: number) => string;
  notJson: string;
  tooDeep: (maxDepth: number) => string;
  hostileKey: (key: string) => string;
  wrongFormat: (found: string | undefined) => string;
  badVersion: string;
  newerVersion: string;
  invalid: (problems: string) => string;
}

// Read at call time: the catalog changes with the language.
const f = () => tf().files;
const b = () => tf().backup;
const r = () => tf().round.code;

const kilobytes = (bytes: number) => f().tooLarge(Math.round(bytes / 1024));

const formatWords = (): Record<FormatName, FormatWords> => ({
  'ampelbogen-sicherung': {
    tooLarge: (bytes) => b().tooLarge(bytes / (1024 * 1024)),
    notJson: b().notJson,
    tooDeep: b().tooDeep,
    hostileKey: b().forbiddenKey,
    wrongFormat: (found) => (found === 'ampelbogen-edition' ? b().isEdition : b().notBackup),
    badVersion: b().badVersion,
    newerVersion: b().tooNew,
    invalid: b().invalid,
  },
  'ampelbogen-edition': {
    tooLarge: kilobytes,
    notJson: f().notJson,
    tooDeep: f().tooDeep,
    hostileKey: f().hostileKey,
    wrongFormat: () => f().notEdition,
    badVersion: f().editionBadVersion,
    newerVersion: f().editionTooNew,
    invalid: f().invalidEdition,
  },
  'ampelbogen-anonym': {
    tooLarge: kilobytes,
    notJson: f().notJson,
    tooDeep: f().tooDeep,
    hostileKey: f().hostileKey,
    wrongFormat: () => f().notAnonymous,
    badVersion: f().anonymousVersion,
    newerVersion: f().anonymousVersion,
    invalid: f().invalidAnonymous,
  },
  'ampelbogen-runde': {
    tooLarge: () => r().notRound,
    notJson: r().damaged,
    tooDeep: () => r().damaged,
    hostileKey: () => r().damaged,
    wrongFormat: () => r().notRound,
    badVersion: r().unknownKind,
    newerVersion: r().newerApp,
    invalid: () => r().damaged,
  },
});

/** Lists of every format, by field name, with the word for one of their items. */
const collections = (): Record<string, (n: number) => string> => ({
  areas: f().path.area,
  criteria: f().path.criterion,
  ratings: f().path.rating,
  dimensions: f().path.dimension,
  clubs: b().path.club,
  assessments: b().path.assessment,
  answers: b().path.answer,
  measures: b().path.measure,
  editions: b().path.edition,
});

/** "Bereich 2, Aussage 3, „text“": items of known lists by their word, fields by name. */
function describePath(path: FilePath): string {
  const parts: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment === 'number') {
      const parent = path[i - 1];
      const name =
        typeof parent === 'string' && Object.hasOwn(collections(), parent)
          ? collections()[parent]
          : undefined;
      parts.push((name ?? f().path.item)(segment + 1));
    } else if (typeof path[i + 1] !== 'number' || !Object.hasOwn(collections(), segment)) {
      parts.push(f().path.field(segment));
    }
  });
  return parts.length > 0 ? parts.join(', ') : f().path.root;
}

/** One issue as "place what": "Verein 2, „name“ fehlt", "Antwort 5 ist doppelt". */
export function describeIssue(issue: FileIssue): string {
  const place = describePath(issue.path);
  const c = b().checks;
  switch (issue.problem) {
    case 'duplicate':
      return c.duplicate(place);
    case 'club-missing':
      return c.clubMissing(place);
    case 'assessment-missing':
      return c.assessmentMissing(place);
    case 'club-mismatch':
      return c.clubMismatch(place);
    case 'bad-measure-id':
      return c.badMeasureId(place);
    case 'too-many-lights':
      return c.snapshotTooLarge(place);
    case 'too-many-notes':
      return c.notesTooMany(place);
    case 'too-many-spreads':
      return c.spreadTooMany(place);
    case 'answer-of-finished':
      return c.answerOfFinished(place);
    default:
      return `${place} ${describeProblem(issue)}`;
  }
}

/** An issue worded as "place what" with the place first. */
type PlacedProblem = Exclude<FileIssue, { problem: BackupRule['problem'] }>;

function describeProblem(issue: PlacedProblem): string {
  const t = f().issues;
  switch (issue.problem) {
    case 'missing':
      return t.missing;
    case 'wrong-type': {
      const types: Record<string, string | undefined> = t.types;
      const expected = types[issue.expected];
      return expected ? t.wrongTypeOf(expected) : t.wrongType;
    }
    case 'out-of-range':
      return t.outOfRange;
    case 'too-long':
      return t.tooLong(issue.maximum);
    case 'too-short':
      return t.tooShort(issue.minimum);
    case 'too-big':
      return t.tooBig(issue.maximum);
    case 'too-small':
      return t.tooSmall(issue.minimum);
    case 'not-allowed':
      return t.notAllowed(issue.values.join(', '));
    case 'unknown-keys':
      return t.unknownKeys(issue.keys.join(', '));
    case 'bad-format':
      return t.badFormat;
    case 'invalid':
      return t.invalid;
    case 'duplicate-area-id':
      return t.duplicateAreaId(issue.id);
    case 'duplicate-criterion-id':
      return t.duplicateCriterionId(issue.id);
    case 'unknown-dimension':
      return t.unknownDimension(issue.id);
    case 'unknown-translated-id':
      return t.unknownTranslatedId(issue.id);
    case 'each-light-once':
      return t.eachLightOnce;
    case 'only-na-without-value':
      return t.onlyNaWithoutValue;
    case 'yellow-below-green':
      return t.yellowBelowGreen;
    case 'too-many-ratings':
      return t.tooManyRatings(issue.maximum);
  }
}

/** At most `limit` issues as one text; the rest are counted. */
export function describeIssues(issues: readonly FileIssue[], limit = 3): string {
  const shown = issues.slice(0, limit).map(describeIssue);
  const rest = issues.length - shown.length;
  return shown.join('; ') + (rest > 0 ? `; ${f().issues.more(rest)}` : '') + '.';
}

/** Why a file was refused, in German, with what happened (nothing was stored). */
export function describeFileProblem(refusal: Pick<FileRefusal, 'format' | 'problem'>): string {
  const words = formatWords()[refusal.format];
  const problem: FileProblem = refusal.problem;
  switch (problem.code) {
    case 'too-large':
      return words.tooLarge(problem.maxBytes);
    case 'unreadable':
      return f().unreadable;
    case 'not-json':
      return words.notJson;
    case 'too-deep':
      return words.tooDeep(problem.maxDepth);
    case 'hostile-key':
      return words.hostileKey(problem.key);
    case 'wrong-format':
      return words.wrongFormat(problem.found);
    case 'bad-version':
      return words.badVersion;
    case 'newer-version':
      return words.newerVersion;
    case 'invalid':
      return words.invalid(describeIssues(problem.issues));
    case 'edition-conflict':
      return b().editionConflict(problem.edition);
    case 'edition-missing':
      return b().editionMissing(problem.edition);
    case 'unknown-criteria': {
      const shown = problem.ids.slice(0, 5).map(f().path.field).join(', ');
      const { id, version } = problem.edition;
      return f().unknownCriteria(id, version, shown, problem.ids.length - 5);
    }
    case 'bad-characters':
      return r().badCharacters(problem.found.map((c) => `„${c}“`).join(' '));
    case 'bad-check':
      return r().badCheck;
    case 'damaged':
      return r().damaged;
  }
}
