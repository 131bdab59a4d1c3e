import type { RoundCodeProblem } from '../../actions/round';
import { tf } from '../../locale';
import { describeFileProblem } from '../file-problems';
import { describeStorageProblem } from '../storage-messages';

/** Where a code came from: a scanned QR code is never "mistyped". */
export type CodeSource = 'scan' | 'typed' | 'file';

/** Why a round code was not taken, in German; nothing was counted or kept. */
export function describeRoundProblem(problem: RoundCodeProblem, source: CodeSource): string {
  const p = tf().round.problem;
  switch (problem.code) {
    case 'refused': {
      const { refusal } = problem;
      // A QR code of another app (a web address, a ticket) is no typing error.
      const foreign =
        refusal.problem.code === 'bad-characters' || refusal.problem.code === 'wrong-format';
      if (source === 'scan' && foreign) return p.scanned;
      return describeFileProblem(refusal);
    }
    case 'join-code':
      return p.joinCodeHere;
    case 'answer-code':
      return p.answerCodeHere;
    case 'other-round':
      return p.otherRound;
    case 'no-round':
      return p.noRound;
    case 'edition-missing':
      return p.editionMissing(problem.edition.id, problem.edition.version);
    case 'edition-differs':
      return p.editionDiffers(problem.edition.id, problem.edition.version);
    case 'storage':
      return describeStorageProblem(problem.problem);
  }
}
