// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { AssessmentScreen } from '../../src/ui/assessment/AssessmentScreen';
import { createClub } from '../../src/storage/clubs';
import { startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import { spokenAlert } from './alerts';
import { freshDatabase, readAnswers } from '../storage/helpers';

const edition = makeEdition({ areas: [['a-01', 'a-02'], ['b-01']] });
let db: AmpelbogenDb;
let assessmentId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  const club = await createClub({
    name: 'Chor Zeppelinheim',
    category: 'kultur',
    sizeBand: 'bis-20',
  });
  assessmentId = (await startAssessment({ clubId: club.id, date: '2026-11-21', edition })).id;
});

const card = (text: string) => screen.getByText(text).closest('li') as HTMLElement;

describe('AssessmentScreen', () => {
  it('shows the club, the area and how much is answered', async () => {
    render(<AssessmentScreen assessmentId={assessmentId} areaIndex={0} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Bereich 1' })).toBeInTheDocument();
    expect(screen.getByText('Chor Zeppelinheim')).toHaveClass('bar-club');
    expect(screen.getByText('21.11.2026')).toHaveClass('bar-date');
    expect(screen.getByRole('progressbar', { name: '0 von 3 beantwortet' })).toBeInTheDocument();
  });

  it('says "gespeichert" only once the tap is in IndexedDB', async () => {
    render(<AssessmentScreen assessmentId={assessmentId} areaIndex={0} />);
    const group = await screen.findByRole('radiogroup', { name: 'Wir tun a-01.' });
    fireEvent.click(within(group).getByRole('radio', { name: 'grün' }));
    expect(within(card('Wir tun a-01.')).getByText('Wird gespeichert …')).toBeInTheDocument();
    expect(await within(card('Wir tun a-01.')).findByText('✓ gespeichert')).toBeInTheDocument();
    expect((await readAnswers(assessmentId)).map((a) => [a.criterionId, a.rating])).toEqual([
      ['a-01', 'green'],
    ]);
    expect(screen.getByRole('progressbar', { name: '1 von 3 beantwortet' })).toBeInTheDocument();
  });

  it('saves a note as it is typed', async () => {
    render(<AssessmentScreen assessmentId={assessmentId} areaIndex={0} />);
    const note = (await screen.findAllByLabelText('Notiz'))[1]!;
    fireEvent.input(note, { target: { value: 'Flyer auf Türkisch fehlt' } });
    expect(await within(card('Wir tun a-02.')).findByText('✓ gespeichert')).toBeInTheDocument();
    expect((await readAnswers(assessmentId))[0]).toMatchObject({
      criterionId: 'a-02',
      note: 'Flyer auf Türkisch fehlt',
    });
  });

  it('keeps the light on screen and offers to retry when the write fails', async () => {
    render(<AssessmentScreen assessmentId={assessmentId} areaIndex={0} />);
    const group = await screen.findByRole('radiogroup', { name: 'Wir tun a-01.' });
    await db.assessments.delete(assessmentId); // the write will now be refused
    fireEvent.click(within(group).getByRole('radio', { name: 'rot' }));
    const alert = await spokenAlert(card('Wir tun a-01.'));
    expect(alert).toHaveTextContent('Speichern hat nicht geklappt: Eure Eingabe steht noch da');
    expect(within(group).getByRole('radio', { name: 'rot' })).toBeChecked();
    expect(
      within(card('Wir tun a-01.')).getByRole('button', { name: 'Erneut versuchen' }),
    ).toBeInTheDocument();
    expect(screen.queryByText('✓ gespeichert')).toBeNull();
  });
});
