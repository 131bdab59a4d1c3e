// A round at the meeting, as use cases. The moderator's phone starts a round on
// a draft, shows its join code, counts each participant's answer code (scanned,
// typed or as a file) or the answers of people passing the phone, and ends it.
// A participant's phone reads the join code against the editions it has and
// turns its lights into an answer code; it stores nothing of the round.
import type { Edition } from '../domain/edition-schema';
import {
  criteriaOfJoin,
  joinOf,
  randomId,
  type OpenRound,
  type RoundJoin,
  type RoundLight,
} from '../domain/round';
import { groupSymbols } from '../files/crockford';
import { deliverFile, type Delivery } from '../files/deliver';
import type { FileRefusal } from '../files/problems';
import {
  answersCode,
  joinCode,
  readRoundCode,
  readRoundCodeFile,
  type RoundCode,
} from '../files/round-code';
import { loadAssessmentBundle } from '../storage/assessment-bundle';
import {
  countParticipant,
  endRound as endStoredRound,
  findEdition,
  getRoundOf,
  openRound,
  type Counted,
} from '../storage/rounds';
import { attempt, problemOf, type Outcome, type StorageProblem } from './outcome';

export type { Counted, OpenRound, RoundJoin, RoundLight };

/** Why a code was not taken; nothing was counted or kept. */
export type RoundCodeProblem =
  /** The code itself: unreadable, damaged, another app's (words in ui/file-problems.ts). */
  | { code: 'refused'; refusal: FileRefusal }
  /** The moderator read a join code where answers were expected. */
  | { code: 'join-code' }
  /** A participant read an answer code where the join code was expected. */
  | { code: 'answer-code' }
  /** Answers of another round (an earlier one, or another group's). */
  | { code: 'other-round' }
  /** The round ended (in another tab, say) before this code came. */
  | { code: 'no-round' }
  /** The join code's edition is not on this phone. */
  | { code: 'edition-missing'; edition: { id: string; version: number } }
  /** The phone has that edition under the same id and version, but with other criteria. */
  | { code: 'edition-differs'; edition: { id: string; version: number } }
  | { code: 'storage'; problem: StorageProblem };

function freshId(): string {
  return randomId(crypto.getRandomValues(new Uint8Array(4)));
}

/** A new participant's random id: neither name nor device in it. */
export function newParticipantId(): string {
  return freshId();
}

/** The open round of an assessment, for a live read. */
export function readRound(assessmentId: string): Promise<OpenRound | undefined> {
  return getRoundOf(assessmentId);
}

/** Starts a round on a draft over the chosen statements; an open one ends first. */
export async function startRound(
  assessmentId: string,
  criterionIds: readonly string[],
): Promise<Outcome<OpenRound>> {
  return attempt(async () => {
    const bundle = await loadAssessmentBundle(assessmentId);
    if (!bundle?.edition) throw new Error('assessment or edition missing');
    const join = joinOf(bundle.edition, freshId(), criterionIds);
    const round: OpenRound = {
      id: join.round,
      assessmentId,
      criterionIds: criteriaOfJoin(bundle.edition, join) ?? [],
      startedAt: new Date().toISOString(),
      participants: {},
    };
    await openRound(round);
    return round;
  });
}

/** A code in groups of four symbols, as it is shown for typing. */
export const groupCode = groupSymbols;

/** The join code of a round, for its QR code and for typing. */
export function joinCodeOf(round: OpenRound, edition: Edition): string {
  return joinCode(joinOf(edition, round.id, round.criterionIds));
}

async function countRead(
  round: OpenRound,
  read: ReturnType<typeof readRoundCode>,
): Promise<Outcome<Counted, RoundCodeProblem>> {
  if (!read.ok) return { ok: false, error: { code: 'refused', refusal: read } };
  const code: RoundCode = read.value;
  if (code.kind === 'join') return { ok: false, error: { code: 'join-code' } };
  if (code.round !== round.id) return { ok: false, error: { code: 'other-round' } };
  if (code.ratings.length !== round.criterionIds.length) {
    const refusal: FileRefusal = {
      ok: false,
      format: 'ampelbogen-runde',
      problem: { code: 'damaged' },
    };
    return { ok: false, error: { code: 'refused', refusal } };
  }
  return count(round, code.participant, code.ratings);
}

async function count(
  round: OpenRound,
  participant: string,
  ratings: readonly RoundLight[],
): Promise<Outcome<Counted, RoundCodeProblem>> {
  try {
    const current = await getRoundOf(round.assessmentId);
    if (current?.id !== round.id) return { ok: false, error: { code: 'no-round' } };
    return { ok: true, value: await countParticipant(round.id, participant, ratings) };
  } catch (error) {
    return { ok: false, error: { code: 'storage', problem: problemOf(error) } };
  }
}

/** Counts a participant's answer code, scanned or typed. */
export function countCode(
  round: OpenRound,
  text: string,
): Promise<Outcome<Counted, RoundCodeProblem>> {
  return countRead(round, readRoundCode(text));
}

/** Counts a participant's answer code shared as a small file. */
export async function countCodeFile(
  round: OpenRound,
  file: Blob,
): Promise<Outcome<Counted, RoundCodeProblem>> {
  return countRead(round, await readRoundCodeFile(file));
}

/** Counts the lights of one person who rated on the moderator's phone, under a new random id. */
export function countPassedPhone(
  round: OpenRound,
  ratings: readonly RoundLight[],
): Promise<Outcome<Counted, RoundCodeProblem>> {
  return count(round, freshId(), ratings);
}

/** Ends a round: the single answers go, the spread stays with the assessment. */
export function endRound(round: OpenRound): Promise<Outcome<void>> {
  return attempt(() => endStoredRound(round.id));
}

/** A round a participant's phone can take part in. */
export interface Joined {
  join: RoundJoin;
  edition: Edition;
  /** The round's statements in order. */
  criterionIds: string[];
}

/** Reads a join code against the editions on this phone. */
export async function readJoinCode(text: string): Promise<Outcome<Joined, RoundCodeProblem>> {
  const read = readRoundCode(text);
  if (!read.ok) return { ok: false, error: { code: 'refused', refusal: read } };
  const code = read.value;
  if (code.kind !== 'join') return { ok: false, error: { code: 'answer-code' } };
  const { edition: wanted } = code;
  let edition: Edition | undefined;
  try {
    edition = await findEdition(wanted.id, wanted.version);
  } catch (error) {
    return { ok: false, error: { code: 'storage', problem: problemOf(error) } };
  }
  if (!edition) return { ok: false, error: { code: 'edition-missing', edition: wanted } };
  const criterionIds = criteriaOfJoin(edition, code);
  if (!criterionIds) return { ok: false, error: { code: 'edition-differs', edition: wanted } };
  return { ok: true, value: { join: code, edition, criterionIds } };
}

/** A participant's answer code: the round, their random id, their lights in the round's order. */
export function answerCodeOf(
  join: RoundJoin,
  participant: string,
  ratings: readonly RoundLight[],
): string {
  return answersCode({ round: join.round, participant, ratings });
}

/** Hands an answer code to the share sheet (or saves it) as a small text file. */
export async function shareAnswerCode(
  code: string,
  title: string,
): Promise<Outcome<Delivery, 'deliver-failed'>> {
  const blob = new Blob([code], { type: 'text/plain' });
  try {
    return {
      ok: true,
      value: await deliverFile(blob, `runde-${code.slice(0, 8).toLowerCase()}.txt`, {
        share: true,
        title,
      }),
    };
  } catch {
    return { ok: false, error: 'deliver-failed' };
  }
}
