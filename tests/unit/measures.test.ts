import { describe, expect, it } from 'vitest';
import type { Measure } from '../../src/domain/entities';
import {
  isOverdue,
  openMeasuresByCriterion,
  sortMeasures,
  stepSource,
} from '../../src/domain/measures';
import { makeEdition } from '../fixtures/editions';

const m = (id: string, rest: Partial<Measure> = {}): Measure => ({
  id,
  clubId: 'c',
  assessmentId: 'a1',
  criterionId: 'k-01',
  text: id,
  status: 'open',
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  ...rest,
});

const TODAY = '2026-03-14';

describe('isOverdue', () => {
  it('is overdue only when open and its date has passed', () => {
    expect(isOverdue(m('x', { due: '2026-03-13' }), TODAY)).toBe(true);
    expect(isOverdue(m('x', { due: '2026-03-14' }), TODAY)).toBe(false);
    expect(isOverdue(m('x'), TODAY)).toBe(false);
    expect(isOverdue(m('x', { due: '2026-01-01', status: 'done' }), TODAY)).toBe(false);
  });
});

describe('sortMeasures', () => {
  it('puts open steps first (overdue, then by date, undated last), then done ones, newest done first', () => {
    const list = [
      m('done-old', { status: 'done', doneAt: '2026-02-01T00:00:00.000Z' }),
      m('undated'),
      m('later', { due: '2026-06-01' }),
      m('overdue', { due: '2026-02-01' }),
      m('done-new', { status: 'done', doneAt: '2026-03-01T00:00:00.000Z' }),
      m('soon', { due: '2026-03-20' }),
    ];
    expect(sortMeasures(list, TODAY).map((x) => x.id)).toEqual([
      'overdue',
      'soon',
      'later',
      'undated',
      'done-new',
      'done-old',
    ]);
  });
});

describe('openMeasuresByCriterion', () => {
  it('collects open steps of earlier assessments by criterion', () => {
    const map = openMeasuresByCriterion(
      [
        m('a', { assessmentId: 'old' }),
        m('b', { assessmentId: 'old', criterionId: 'k-02', status: 'done' }),
        m('c', { assessmentId: 'current' }),
      ],
      'current',
    );
    expect([...map].map(([k, v]) => [k, v.map((x) => x.id)])).toEqual([['k-01', ['a']]]);
  });
});

describe('stepSource', () => {
  const edition = makeEdition({ areas: [['k-01'], ['k-02']] });

  it('names the statement and the meeting a step came from', () => {
    expect(stepSource(m('x', { criterionId: 'k-02' }), { date: '2026-03-14' }, edition)).toEqual({
      statement: 'Wir tun k-02.',
      meeting: '2026-03-14',
    });
  });

  it('leaves out what the device no longer knows', () => {
    expect(stepSource(m('x'), undefined, undefined)).toEqual({ statement: null, meeting: null });
    expect(stepSource(m('x', { criterionId: 'gone' }), { date: '2026-03-14' }, edition)).toEqual({
      statement: null,
      meeting: '2026-03-14',
    });
  });
});
