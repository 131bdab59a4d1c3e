// What the PDF report reads: one assessment with its club, edition, answers and
// the club's measures, plus the club's finished assessments for the progress
// charts, all in one read-only transaction so the report shows one moment.
import type { ReportData } from '../domain/report';
import { loadAssessmentBundle } from './assessment-bundle';
import { getDb } from './db';
import { loadProgress } from './progress';

export type ReportLoad =
  { ok: true; data: ReportData } | { ok: false; reason: 'not-found' | 'edition-missing' };

/** Loads everything the report of one assessment shows. */
export async function loadReportData(assessmentId: string): Promise<ReportLoad> {
  const db = getDb();
  return db.transaction(
    'r',
    [db.assessments, db.clubs, db.editions, db.answers, db.measures],
    async (): Promise<ReportLoad> => {
      const bundle = await loadAssessmentBundle(assessmentId);
      if (!bundle) return { ok: false, reason: 'not-found' };
      const { assessment, club, edition, answers, measures } = bundle;
      if (!edition) return { ok: false, reason: 'edition-missing' };
      const progress = await loadProgress(club.id);
      return {
        ok: true,
        data: { club, assessment, edition, answers, measures, history: progress?.entries ?? [] },
      };
    },
  );
}
