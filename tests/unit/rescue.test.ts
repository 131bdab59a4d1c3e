import { describe, expect, it } from 'vitest';
import { addScreenEntries } from '../../src/domain/rescue';
import { EMPTY_SNAPSHOT } from '../../src/domain/backup';
import { buildBackup, restoreFromUnknown } from '../../src/files/backup-file';
import { assessment, club, edition, sampleBackup, STAMP } from '../fixtures/backup';

const NOW = '2026-03-14T10:00:00.000Z';

function snapshot() {
  const { format: _f, version: _v, createdAt: _c, appVersion: _a, ...rest } = sampleBackup();
  return rest;
}

describe('addScreenEntries', () => {
  it('puts the lights, notes and steps on screen into the draft, over what the database holds', () => {
    const result = addScreenEntries(
      snapshot(),
      {
        club: club('c1', 'Turnverein'),
        assessment: assessment('a2', 'c1', { date: '2026-03-01' }),
        edition,
        entries: [
          { criterionId: 'k-1', rating: 'red', note: 'Nicht gespeichert' },
          { criterionId: 'k-2', step: { text: 'Flyer', who: 'Ayşe', due: '' } },
        ],
      },
      NOW,
    );
    const own = result.answers.filter((a) => a.assessmentId === 'a2');
    expect(own).toEqual([
      {
        assessmentId: 'a2',
        criterionId: 'k-1',
        rating: 'red',
        note: 'Nicht gespeichert',
        updatedAt: NOW,
      },
    ]);
    expect(result.measures.find((m) => m.id === 'a2/k-2')).toMatchObject({
      clubId: 'c1',
      text: 'Flyer',
      who: 'Ayşe',
      status: 'open',
      createdAt: NOW,
    });
    // The draft is stamped, so adding the file to a device takes the screen's entries.
    expect(result.assessments.find((a) => a.id === 'a2')?.updatedAt).toBe(NOW);
    // Other assessments and their answers stay as they were.
    expect(result.answers.filter((a) => a.assessmentId === 'a3')).toEqual(
      snapshot().answers.filter((a) => a.assessmentId === 'a3'),
    );
  });

  it('brings the club, the draft and the edition from the screen when the database lost them', () => {
    const result = addScreenEntries(
      EMPTY_SNAPSHOT,
      {
        club: club('c9', 'Schachclub'),
        assessment: assessment('a9', 'c9'),
        edition,
        entries: [{ criterionId: 'k-3', rating: 'green' }],
      },
      NOW,
    );
    expect(result.clubs.map((c) => c.name)).toEqual(['Schachclub']);
    expect(result.assessments.map((a) => a.id)).toEqual(['a9']);
    expect(result.editions).toEqual([{ importedAt: NOW, edition }]);
    // The file it makes is a valid backup that the app restores.
    const file = JSON.parse(JSON.stringify(buildBackup(result, new Date(NOW), 'test')));
    const read = restoreFromUnknown(file);
    expect(read.ok).toBe(true);
  });

  it('removes a step whose text was emptied on screen, and keeps a done step done', () => {
    const base = snapshot();
    const result = addScreenEntries(
      base,
      {
        club: club('c2', 'Chor Harmonie'),
        assessment: assessment('a3', 'c2', { date: '2026-02-15' }),
        edition,
        entries: [{ criterionId: 'k-3', rating: 'na', step: { text: '', who: '', due: '' } }],
      },
      NOW,
    );
    expect(result.measures.find((m) => m.id === 'a3/k-3')).toBeUndefined();
    expect(base.measures.find((m) => m.id === 'a3/k-3')?.createdAt).toBe(STAMP);
  });
});
