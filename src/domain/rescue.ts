import type { Answer, Assessment, Club, Measure } from './entities';
import type { Edition, RatingId } from './edition-schema';
import type { BackupSnapshot } from './backup';
import { editionKey } from './assessment';
import { measureId } from './measures';

// The emergency backup: when a write fails for lack of space (or the browser
// lost its database), the backup file is made of what the database still
// holds plus what the open assessment screen shows, so that no entry on screen
// depends on the browser keeping its data.

/** One criterion as an assessment screen shows it. */
export interface ScreenEntry {
  criterionId: string;
  rating?: RatingId | undefined;
  note?: string | undefined;
  step?: { text: string; who: string; due: string } | undefined;
}

/** What an open assessment screen holds: its subject and every entry on it. */
export interface ScreenEntries {
  club: Club;
  assessment: Assessment;
  edition: Edition;
  entries: readonly ScreenEntry[];
}

/**
 * The snapshot with the screen's entries written in, as if every write had
 * committed at `stamp`: the screen's club, draft and edition are added where
 * the database lost them, each entry replaces its criterion's answer and next
 * step, and the draft is stamped, so a restore that adds the file takes them.
 */
export function addScreenEntries(
  snapshot: BackupSnapshot,
  screen: ScreenEntries,
  stamp: string,
): BackupSnapshot {
  const { club, edition } = screen;
  const id = screen.assessment.id;
  const stored = snapshot.assessments.find((a) => a.id === id);
  const assessment: Assessment = { ...(stored ?? screen.assessment), updatedAt: stamp };
  const onScreen = new Map(screen.entries.map((e) => [e.criterionId, e]));

  const answers: Answer[] = snapshot.answers.filter(
    (a) => a.assessmentId !== id || !onScreen.has(a.criterionId),
  );
  const measures: Measure[] = snapshot.measures.filter(
    (m) => m.assessmentId !== id || !onScreen.has(m.criterionId),
  );
  const kept = new Map(snapshot.measures.map((m) => [m.id, m]));
  for (const entry of screen.entries) {
    const note = entry.note?.trim();
    if (entry.rating || note) {
      answers.push({
        assessmentId: id,
        criterionId: entry.criterionId,
        ...(entry.rating ? { rating: entry.rating } : {}),
        ...(note ? { note } : {}),
        updatedAt: stamp,
      });
    }
    const text = entry.step?.text.trim();
    if (!text) continue;
    const mid = measureId(id, entry.criterionId);
    const before = kept.get(mid);
    const who = entry.step?.who.trim();
    const due = entry.step?.due.trim();
    measures.push({
      id: mid,
      clubId: club.id,
      assessmentId: id,
      criterionId: entry.criterionId,
      text,
      ...(who ? { who } : {}),
      ...(due ? { due } : {}),
      status: before?.status ?? 'open',
      ...(before?.doneAt ? { doneAt: before.doneAt } : {}),
      createdAt: before?.createdAt ?? stamp,
      updatedAt: stamp,
    });
  }

  const hasEdition = snapshot.editions.some(
    (e) => editionKey(e.edition.id, e.edition.version) === editionKey(edition.id, edition.version),
  );
  return {
    ...snapshot,
    clubs: snapshot.clubs.some((c) => c.id === club.id)
      ? snapshot.clubs
      : [...snapshot.clubs, club],
    assessments: [...snapshot.assessments.filter((a) => a.id !== id), assessment],
    answers,
    measures,
    editions: hasEdition
      ? snapshot.editions
      : [...snapshot.editions, { importedAt: stamp, edition }],
  };
}
