import { describe, expect, it } from 'vitest';
import { isBackupDue, planMerge, summariseBackup } from '../../src/domain/backup';
import { answer, assessment, club, measure, sampleBackup } from '../fixtures/backup';

const empty = { clubs: [], assessments: [], answers: [], measures: [] };
const LATER = '2026-03-10T12:00:00.000Z';
const EARLIER = '2026-02-10T12:00:00.000Z';

describe('isBackupDue', () => {
  it('does not remind on a device without data', () => {
    expect(isBackupDue(undefined, undefined)).toBe(false);
    expect(isBackupDue(LATER, undefined)).toBe(false);
  });

  it('reminds when there is data and never was a backup', () => {
    expect(isBackupDue(undefined, EARLIER)).toBe(true);
  });

  it('reminds only when something changed after the last backup', () => {
    expect(isBackupDue(EARLIER, LATER)).toBe(true);
    expect(isBackupDue(LATER, EARLIER)).toBe(false);
    expect(isBackupDue(LATER, LATER)).toBe(false);
  });

  it('compares instants, not text, across time zone offsets', () => {
    // 10:30+01:00 is 09:30Z: earlier than a backup at 10:00Z.
    expect(isBackupDue('2026-03-10T10:00:00.000Z', '2026-03-10T10:30:00+01:00')).toBe(false);
  });
});

describe('summariseBackup', () => {
  it('lists clubs by name with their assessments and the range of meeting dates', () => {
    expect(summariseBackup(sampleBackup())).toEqual({
      clubs: [
        { name: 'Chor Harmonie', assessments: 1 },
        { name: 'Turnverein', assessments: 2 },
      ],
      assessments: 3,
      measures: 2,
      dateRange: { from: '2026-02-01', to: '2026-03-01' },
    });
  });

  it('has no date range without assessments', () => {
    expect(summariseBackup({ ...empty, clubs: [club('c1')] }).dateRange).toBeNull();
  });
});

describe('planMerge', () => {
  it('adds everything the device does not have', () => {
    const file = sampleBackup();
    const plan = planMerge(empty, file);
    expect(plan.clubs).toEqual(file.clubs);
    expect(plan.assessments).toEqual(file.assessments);
    expect(plan.answers).toEqual(file.answers);
    expect(plan.measures).toEqual(file.measures);
    expect(plan.replacedAssessmentIds).toEqual([]);
  });

  it('keeps the newer club and, on a tie, the device’s own', () => {
    const device = { ...empty, clubs: [club('c1', 'Neu', LATER), club('c2', 'Gleich')] };
    const file = { ...empty, clubs: [club('c1', 'Alt', EARLIER), club('c2', 'Datei')] };
    expect(planMerge(device, file).clubs).toEqual([]);
    const newer = { ...empty, clubs: [club('c1', 'Neuer', '2026-04-01T00:00:00.000Z')] };
    expect(planMerge(device, newer).clubs.map((c) => c.name)).toEqual(['Neuer']);
  });

  it('lets the later assessment win whole, with its answers and measures', () => {
    const device = {
      clubs: [club('c1')],
      assessments: [assessment('a1', 'c1')],
      answers: [answer('a1', 'k-1', 'red'), answer('a1', 'k-2', 'red')],
      measures: [measure('a1', 'c1', 'k-2')],
    };
    // The file's assessment row is as old as the device's, but an answer is newer.
    const file = {
      clubs: [club('c1')],
      assessments: [assessment('a1', 'c1')],
      answers: [answer('a1', 'k-1', 'green', LATER)],
      measures: [],
    };
    const plan = planMerge(device, file);
    expect(plan.assessments.map((a) => a.id)).toEqual(['a1']);
    expect(plan.answers).toEqual(file.answers);
    expect(plan.measures).toEqual([]);
    expect(plan.replacedAssessmentIds).toEqual(['a1']);
  });

  it('keeps the device’s assessment when its latest change is later, even if only a measure changed', () => {
    const device = {
      clubs: [club('c1')],
      assessments: [assessment('a1', 'c1')],
      answers: [answer('a1', 'k-1', 'red')],
      measures: [measure('a1', 'c1', 'k-1', { status: 'done', doneAt: LATER, updatedAt: LATER })],
    };
    const file = {
      clubs: [club('c1')],
      assessments: [assessment('a1', 'c1', { updatedAt: EARLIER.replace('02-10', '03-05') })],
      answers: [answer('a1', 'k-1', 'green')],
      measures: [measure('a1', 'c1', 'k-1')],
    };
    const plan = planMerge(device, file);
    expect(plan.assessments).toEqual([]);
    expect(plan.answers).toEqual([]);
    expect(plan.measures).toEqual([]);
    expect(plan.replacedAssessmentIds).toEqual([]);
  });

  it('keeps the device’s assessment on a tie', () => {
    const records = {
      clubs: [club('c1')],
      assessments: [assessment('a1', 'c1')],
      answers: [answer('a1', 'k-1')],
      measures: [],
    };
    expect(planMerge(records, records).assessments).toEqual([]);
  });
});
