import { describe, expect, it } from 'vitest';
import {
  answersOf,
  carryRatings,
  findLatestFinished,
  foldAnswers,
  ratingLookup,
  sortAssessments,
} from '../../src/domain/assessment';
import { pickNewest, sameJson } from '../../src/domain/edition';
import type { Answer, Assessment } from '../../src/domain/entities';
import { makeEdition } from '../fixtures/editions';

const answer = (criterionId: string, rest: Partial<Answer> = {}): Answer => ({
  assessmentId: 'a1',
  criterionId,
  updatedAt: '2026-01-01T10:00:00.000Z',
  ...rest,
});

const assessment = (
  id: string,
  date: string,
  status: Assessment['status'],
  createdAt = `${date}T10:00:00.000Z`,
) => ({ id, date, status, createdAt }) as Assessment;

describe('carryRatings', () => {
  it('carries the lights of criteria the new edition still has, and nothing else', () => {
    const edition = makeEdition({ areas: [['a-01', 'a-02']] });
    const carried = carryRatings(
      [
        answer('a-01', { rating: 'green', note: 'privat' }),
        answer('a-02'),
        answer('gone-01', { rating: 'red' }),
      ],
      edition,
    );
    expect([...carried]).toEqual([['a-01', 'green']]);
  });
});

describe('sortAssessments and findLatestFinished', () => {
  const list = [
    assessment('old', '2026-01-10', 'done'),
    assessment('new-draft', '2026-03-01', 'draft'),
    assessment('mid', '2026-02-01', 'done'),
  ];

  it('orders newest meeting first', () => {
    expect(sortAssessments(list).map((a) => a.id)).toEqual(['new-draft', 'mid', 'old']);
  });

  it('starts from the newest finished assessment, never a draft', () => {
    expect(findLatestFinished(list)?.id).toBe('mid');
    expect(findLatestFinished([assessment('d', '2026-01-01', 'draft')])).toBeUndefined();
  });
});

describe('foldAnswers and answersOf', () => {
  const draft: Assessment = {
    id: 'a1',
    clubId: 'c1',
    editionId: 'e',
    editionVersion: 1,
    date: '2026-01-01',
    status: 'draft',
    lastArea: 0,
    createdAt: '2026-01-01T09:00:00.000Z',
    updatedAt: '2026-01-01T09:00:00.000Z',
  };
  const rows = [
    answer('k-1', { rating: 'green' }),
    answer('k-2', { rating: 'red', note: 'Flyer fehlt' }),
    answer('k-3', { note: 'nur eine Notiz' }),
    answer('k-4', { note: '' }),
  ];

  it('folds lights and non-empty notes into the row, and reads them back as answers', () => {
    const folded = foldAnswers(draft, rows);
    expect(folded.ratings).toEqual({ 'k-1': 'green', 'k-2': 'red' });
    expect(folded.notes).toEqual({ 'k-2': 'Flyer fehlt', 'k-3': 'nur eine Notiz' });
    const done = { ...folded, status: 'done' as const, finishedAt: '2026-01-01T20:00:00.000Z' };
    const stamp = { updatedAt: '2026-01-01T20:00:00.000Z' };
    expect(answersOf(done, [])).toEqual([
      { ...answer('k-1', { rating: 'green' }), ...stamp },
      { ...answer('k-2', { rating: 'red', note: 'Flyer fehlt' }), ...stamp },
      { ...answer('k-3', { note: 'nur eine Notiz' }), ...stamp },
    ]);
  });

  it('leaves notes out when there is none, and a draft reads its rows', () => {
    expect(foldAnswers({ ...draft, notes: { old: 'x' } }, [answer('k-1')])).not.toHaveProperty(
      'notes',
    );
    expect(answersOf(draft, rows)).toEqual(rows);
  });

  it('stamps the answers of a finished assessment without finishedAt with its updatedAt', () => {
    const done: Assessment = { ...draft, status: 'done', ratings: { 'k-1': 'na' } };
    expect(answersOf(done, [])).toEqual([
      { ...answer('k-1', { rating: 'na' }), updatedAt: '2026-01-01T09:00:00.000Z' },
    ]);
  });
});

describe('ratingLookup', () => {
  it('finds ratings by criterion id and leaves unrated ones undefined', () => {
    const lookup = ratingLookup([
      answer('x', { rating: 'na' }),
      answer('y', { note: 'nur Notiz' }),
    ]);
    expect(lookup('x')).toBe('na');
    expect(lookup('y')).toBeUndefined();
  });
});

describe('sameJson and pickNewest', () => {
  it('compares content regardless of key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2 }] }, { b: [1, { c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
  });

  it('picks the highest version of an id', () => {
    const list = [
      { id: 'x', version: 2 },
      { id: 'x', version: 3 },
      { id: 'y', version: 9 },
    ];
    expect(pickNewest(list, 'x')).toEqual({ id: 'x', version: 3 });
    expect(pickNewest([], 'x')).toBeUndefined();
  });
});
