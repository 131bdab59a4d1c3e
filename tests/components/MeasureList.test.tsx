// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { MeasureList } from '../../src/ui/clubs/MeasureList';
import { createClub } from '../../src/storage/clubs';
import { startAssessment } from '../../src/storage/assessments';
import { saveMeasure } from '../../src/storage/measures';
import type { AmpelbogenDb } from '../../src/storage/db';
import { addEdition } from '../../src/storage/editions';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase } from '../storage/helpers';

const edition = makeEdition({ areas: [['a-01', 'a-02', 'a-03']] });
let db: AmpelbogenDb;
let clubId: string;

beforeEach(async () => {
  db = freshDatabase();
  await addEdition(edition);
  clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
  const assessmentId = (await startAssessment({ clubId, date: '2026-01-10', edition })).id;
  const step = (criterionId: string, text: string, who = '', due = '') =>
    saveMeasure({ assessmentId, criterionId, text, who, due });
  await step('a-01', 'Flyer übersetzen', 'Ayşe', '2026-04-30');
  await step('a-02', 'Tandem anfragen', '', '2026-02-01');
  await step('a-03', 'Rampe prüfen');
});

describe('MeasureList', () => {
  it('lists open steps first, the overdue one on top and marked in words', async () => {
    render(<MeasureList clubId={clubId} today="2026-03-14" />);
    const list = await screen.findByRole('list', { name: 'Nächste Schritte' });
    const items = within(list).getAllByRole('listitem');
    expect(
      items.map(
        (i) => within(i).getByRole('checkbox').closest('li')?.querySelector('label')?.textContent,
      ),
    ).toEqual(['Tandem anfragen', 'Flyer übersetzen', 'Rampe prüfen']);
    expect(
      within(items[0]!).getByRole('checkbox', { name: 'Tandem anfragen' }),
    ).toHaveAccessibleDescription(/überfällig/);
    expect(
      within(items[1]!).getByRole('checkbox', { name: 'Flyer übersetzen' }),
    ).toHaveAccessibleDescription(
      'Wer: Ayşe bis 30.04.2026 Aus der Einschätzung vom 10.01.2026 zu „Wir tun a-01.“',
    );
    expect(screen.getByText(/3 offene Schritte/)).toBeInTheDocument();
  });

  it('ticks a step off in storage and moves it down', async () => {
    render(<MeasureList clubId={clubId} today="2026-03-14" />);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Tandem anfragen' }));
    await waitFor(async () =>
      expect((await db.measures.toArray()).filter((m) => m.status === 'done')).toHaveLength(1),
    );
    const list = await screen.findByRole('list', { name: 'Nächste Schritte' });
    await waitFor(() =>
      expect(within(list).getAllByRole('listitem').at(-1)).toHaveTextContent('Tandem anfragen'),
    );
    expect(screen.getByRole('checkbox', { name: 'Tandem anfragen (erledigt)' })).toBeChecked();
    expect(screen.getByText(/2 offene Schritte/)).toBeInTheDocument();
  });

  it('explains what the list is for when it is empty', async () => {
    await db.measures.clear();
    render(<MeasureList clubId={clubId} />);
    expect(await screen.findByText(/Noch keine Schritte/)).toBeInTheDocument();
  });
});
