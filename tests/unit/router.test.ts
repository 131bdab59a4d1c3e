import { describe, expect, it } from 'vitest';
import { parseRoute } from '../../src/app/router';
import { paths } from '../../src/ui/paths';

describe('parseRoute', () => {
  it('reads every address that paths builds', () => {
    expect(parseRoute(paths.home())).toEqual({ name: 'clubs' });
    expect(parseRoute(paths.newClub())).toEqual({ name: 'new-club' });
    expect(parseRoute(paths.club('a b'))).toEqual({ name: 'club', clubId: 'a b' });
    expect(parseRoute(paths.editClub('c1'))).toEqual({ name: 'edit-club', clubId: 'c1' });
    expect(parseRoute(paths.startAssessment('c1'))).toEqual({
      name: 'start-assessment',
      clubId: 'c1',
    });
    expect(parseRoute(paths.area('x', 2))).toEqual({
      name: 'area',
      assessmentId: 'x',
      areaIndex: 2,
    });
    expect(parseRoute(paths.summary('x'))).toEqual({ name: 'summary', assessmentId: 'x' });
    expect(parseRoute(paths.share('x'))).toEqual({ name: 'share', assessmentId: 'x' });
    expect(parseRoute(paths.round('x'))).toEqual({ name: 'round', assessmentId: 'x' });
    expect(parseRoute(paths.roundSpread('x'))).toEqual({ name: 'round-spread', assessmentId: 'x' });
    expect(parseRoute(paths.roundBig('x'))).toEqual({ name: 'round-big', assessmentId: 'x' });
    expect(parseRoute(paths.roundPass('x'))).toEqual({ name: 'round-pass', assessmentId: 'x' });
    expect(parseRoute(paths.join())).toEqual({ name: 'join' });
    expect(parseRoute(paths.language())).toEqual({ name: 'language' });
    expect(parseRoute(paths.settings())).toEqual({ name: 'settings' });
    expect(parseRoute(paths.office())).toEqual({ name: 'office' });
    expect(parseRoute(paths.progress('c1'))).toEqual({ name: 'progress', clubId: 'c1' });
    expect(parseRoute('')).toEqual({ name: 'clubs' });
  });

  it('treats anything else as not found', () => {
    expect(parseRoute('#/einschaetzung/x/bereich/0')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/einschaetzung/x/bereich/zwei')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/vereine/%E0%A4%A')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/admin')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/einschaetzung/x/runde/constructor')).toEqual({ name: 'not-found' });
    expect(parseRoute('#/einschaetzung/x/runde/toString')).toEqual({ name: 'not-found' });
  });
});
