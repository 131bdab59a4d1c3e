// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { AssessmentScreen } from '../../src/ui/assessment/AssessmentScreen';
import { spokenAlert } from './alerts';
import { createClub } from '../../src/storage/clubs';
import { saveAnswer, startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import { resetStorageSession } from '../../src/storage/errors';
import type { AmpelbogenDb } from '../../src/storage/db';
import { makeEdition } from '../fixtures/editions';
import {
  breakDatabaseOpen,
  browserError,
  freshDatabase,
  injectWriteFailures,
} from '../storage/helpers';

// Faults injected into the real database layer (fake-indexeddb): a full disk,
// a connection that closed and cannot be opened for a while, and another tab
// writing the same statements. The screen must never claim "gespeichert" for
// what is not stored, and must save again without a reload.

const edition = makeEdition({ areas: [['a-01', 'a-02'], ['b-01']] });
let db: AmpelbogenDb;
let faults: ReturnType<typeof injectWriteFailures>;
let assessmentId: string;
let downloads: Blob[];

beforeEach(async () => {
  db = freshDatabase();
  faults = injectWriteFailures(db);
  await addEdition(edition);
  const club = await createClub({
    name: 'Chor Zeppelinheim',
    category: 'kultur',
    sizeBand: 'bis-20',
  });
  assessmentId = (await startAssessment({ clubId: club.id, date: '2026-11-21', edition })).id;
  downloads = [];
  // jsdom has no object URLs: the download helper's blob is caught here.
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    downloads.push(blob as Blob);
    return 'blob:test';
  };
  URL.revokeObjectURL = () => undefined;
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
});

afterEach(() => {
  resetStorageSession();
  vi.restoreAllMocks();
});

const card = (text: string) => screen.getByText(text).closest('li') as HTMLElement;
const radio = (statement: string, light: string) =>
  within(screen.getByRole('radiogroup', { name: statement })).getByRole('radio', { name: light });
const saved = (statement: string) => within(card(statement)).queryByText('✓ gespeichert');

async function openScreen() {
  render(<AssessmentScreen assessmentId={assessmentId} areaIndex={0} />);
  await screen.findByRole('radiogroup', { name: 'Wir tun a-01.' });
}

describe('AssessmentScreen with a full disk', () => {
  it('says the disk is full, claims nothing, offers a backup of what is on screen, and saves on retry once space is free', async () => {
    await openScreen();
    faults.fail(() => browserError('QuotaExceededError'));
    fireEvent.click(radio('Wir tun a-01.', 'rot'));
    const note = within(card('Wir tun a-01.')).getByLabelText('Notiz');
    fireEvent.input(note, { target: { value: 'Noch nicht gespeichert' } });
    const alert = await spokenAlert(card('Wir tun a-01.'));
    expect(alert).toHaveTextContent('Der Speicher des Geräts ist voll');
    expect(saved('Wir tun a-01.')).toBeNull();
    expect(await db.answers.count()).toBe(0);
    expect(radio('Wir tun a-01.', 'rot')).toBeChecked();

    // The emergency backup holds the entries that only the screen has.
    fireEvent.click(
      within(card('Wir tun a-01.')).getByRole('button', { name: 'Sicherung speichern' }),
    );
    await within(card('Wir tun a-01.')).findByText(
      /Sicherung „ampelbogen-sicherung-.*\.json“ gespeichert/,
    );
    expect(downloads).toHaveLength(1);
    const file = JSON.parse(await downloads[0]!.text()) as {
      answers: { assessmentId: string; criterionId: string; rating?: string; note?: string }[];
      clubs: { name: string }[];
    };
    expect(file.clubs.map((c) => c.name)).toEqual(['Chor Zeppelinheim']);
    expect(file.answers).toContainEqual(
      expect.objectContaining({
        assessmentId,
        criterionId: 'a-01',
        rating: 'red',
        note: 'Noch nicht gespeichert',
      }),
    );

    // Space is free again: retry saves, without a reload.
    faults.heal();
    fireEvent.click(
      within(card('Wir tun a-01.')).getByRole('button', { name: 'Erneut versuchen' }),
    );
    expect(await within(card('Wir tun a-01.')).findByText('✓ gespeichert')).toBeInTheDocument();
    expect(await db.answers.get([assessmentId, 'a-01'])).toMatchObject({
      rating: 'red',
      note: 'Noch nicht gespeichert',
    });
  });
});

describe('AssessmentScreen with a lost connection', () => {
  it('names the lost connection and saves on retry once the database opens again', async () => {
    await openScreen();
    const opening = breakDatabaseOpen();
    try {
      // The browser closes the connection (as Dexie does on a forced close) and
      // cannot open it again for now.
      opening.fail('UnknownError');
      db.close({ disableAutoOpen: false });
      fireEvent.click(radio('Wir tun a-01.', 'gelb'));
      const alert = await spokenAlert(card('Wir tun a-01.'));
      expect(alert).toHaveTextContent(
        'Der Speicher des Browsers lässt sich gerade nicht öffnen, oft weil der Speicher des Geräts voll ist',
      );
      expect(saved('Wir tun a-01.')).toBeNull();
      // The emergency backup is offered with every failure.
      expect(
        within(card('Wir tun a-01.')).getByRole('button', { name: 'Sicherung speichern' }),
      ).toBeInTheDocument();

      opening.heal();
      fireEvent.click(
        within(card('Wir tun a-01.')).getByRole('button', { name: 'Erneut versuchen' }),
      );
      expect(await within(card('Wir tun a-01.')).findByText('✓ gespeichert')).toBeInTheDocument();
      expect(await db.answers.get([assessmentId, 'a-01'])).toMatchObject({ rating: 'yellow' });
    } finally {
      opening.restore();
    }
  });
});

describe('AssessmentScreen beside another tab', () => {
  it('shows a light and a note that another tab saved', async () => {
    await openScreen();
    await saveAnswer({ assessmentId, criterionId: 'a-02', rating: 'green', note: 'Aus Tab B' });
    await waitFor(() => expect(radio('Wir tun a-02.', 'grün')).toBeChecked());
    expect(within(card('Wir tun a-02.')).getByLabelText('Notiz')).toHaveValue('Aus Tab B');
  });

  it('shows what another tab saved while this screen was writing, once its writes stop', async () => {
    await openScreen();
    fireEvent.click(radio('Wir tun a-01.', 'rot'));
    await saveAnswer({ assessmentId, criterionId: 'a-02', rating: 'green' });
    await within(card('Wir tun a-01.')).findByText('✓ gespeichert');
    await waitFor(() => expect(radio('Wir tun a-02.', 'grün')).toBeChecked());
    expect(radio('Wir tun a-01.', 'rot')).toBeChecked();
  });

  it('keeps the text of a note being typed, and saves only that field', async () => {
    await openScreen();
    const note = within(card('Wir tun a-01.')).getByLabelText('Notiz');
    fireEvent.focus(note);
    fireEvent.input(note, { target: { value: 'Ich tippe' } });
    await within(card('Wir tun a-01.')).findByText('✓ gespeichert');
    // Another tab sets the light and a note on the same statement.
    await saveAnswer({ assessmentId, criterionId: 'a-01', rating: 'red', note: 'Von B' });
    await waitFor(() => expect(radio('Wir tun a-01.', 'rot')).toBeChecked());
    expect(note).toHaveValue('Ich tippe');
    // Typing on writes the note only: the other tab's light stays.
    fireEvent.input(note, { target: { value: 'Ich tippe weiter' } });
    await waitFor(async () =>
      expect(await db.answers.get([assessmentId, 'a-01'])).toMatchObject({
        rating: 'red',
        note: 'Ich tippe weiter',
      }),
    );
  });
});
