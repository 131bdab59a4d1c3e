// @vitest-environment jsdom
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { BackupSection } from '../../src/ui/settings/BackupSection';
import type { AmpelbogenDb } from '../../src/storage/db';
import { createClub } from '../../src/storage/clubs';
import { addEdition } from '../../src/storage/editions';
import { loadShippedEdition } from '../../src/storage/shipped-edition';
import { dump, freshDatabase } from '../storage/helpers';
import { edition, sampleBackup } from '../fixtures/backup';

let db: AmpelbogenDb;

beforeAll(async () => {
  // The modules a pick loads on demand, loaded once here so the first test's
  // wait for the preview does not include compiling them.
  await Promise.all([import('../../src/files/backup-file'), loadShippedEdition()]);
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

beforeEach(() => {
  db = freshDatabase();
});

function pick(content: string) {
  const input = screen.getByLabelText('Sicherung einspielen');
  const file = new File([content], 'ampelbogen-sicherung-2026-03-14.json', {
    type: 'application/json',
  });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

/** Waits until the alert region (always on the page) says the text. */
const alerted = (text: string) =>
  waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text));

const clubNames = async () => (await db.clubs.toArray()).map((c) => c.name).sort();

describe('BackupSection', () => {
  it('shows what the file holds before anything is written', async () => {
    render(<BackupSection />);
    pick(JSON.stringify(sampleBackup()));
    const preview = await screen.findByRole('region', { name: 'Das steht in der Sicherung' });
    const clubs = within(preview).getByRole('list', { name: 'Vereine in der Sicherung' });
    expect(
      within(clubs)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Chor Harmonie: 1 Einschätzung', 'Turnverein: 2 Einschätzungen']);
    expect(preview).toHaveTextContent('3 Einschätzungen, 2 Schritte.');
    expect(preview).toHaveTextContent('Treffen vom 01.02.2026 bis 01.03.2026.');
    expect(preview).toHaveTextContent(
      /Erstellt am 14\.03\.2026, \d\d:00 Uhr \(App-Version 0\.1\.0\)/,
    );
    expect(await db.clubs.count()).toBe(0);
  });

  it('replaces the device’s data only after a clear confirmation', async () => {
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    render(<BackupSection />);
    pick(JSON.stringify(sampleBackup()));
    await screen.findByRole('region', { name: 'Das steht in der Sicherung' });
    const before = await dump(db);

    fireEvent.click(screen.getByRole('button', { name: 'Alles ersetzen' }));
    const dialog = await screen.findByRole('dialog', {
      name: 'Alle Daten auf diesem Gerät ersetzen?',
    });
    expect(dialog).toHaveTextContent('wird 1 Verein mit 0 Einschätzungen gelöscht');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await dump(db)).toEqual(before);

    fireEvent.click(screen.getByRole('button', { name: 'Alles ersetzen' }));
    const again = await screen.findByRole('dialog');
    fireEvent.click(within(again).getByRole('button', { name: 'Alles ersetzen' }));
    expect(
      (await screen.findByText('Sicherung eingespielt: 2 Vereine, 3 Einschätzungen.')).closest(
        '[role="status"]',
      ),
    ).not.toBeNull();
    expect(await clubNames()).toEqual(['Chor Harmonie', 'Turnverein']);
  });

  it('adds to what is there without asking', async () => {
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    render(<BackupSection />);
    pick(JSON.stringify(sampleBackup()));
    fireEvent.click(await screen.findByRole('button', { name: 'Zu den Daten hinzufügen' }));
    await screen.findByText('Sicherung eingespielt: 2 Vereine, 3 Einschätzungen.');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await clubNames()).toEqual(['Chor Harmonie', 'Nur hier', 'Turnverein']);
  });

  it('refuses a broken file with an alert and changes nothing', async () => {
    await createClub({ name: 'Nur hier', category: 'sport', sizeBand: 'bis-20' });
    render(<BackupSection />);
    const before = await dump(db);
    const text = JSON.stringify(sampleBackup());
    pick(text.slice(0, 200));
    await alerted(
      'Die Datei ist keine gültige JSON-Datei, vielleicht unvollständig übertragen. Es wurde nichts geändert.',
    );
    expect(screen.queryByRole('region', { name: 'Das steht in der Sicherung' })).toBeNull();
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a file whose edition conflicts with the device’s before showing what it holds', async () => {
    await addEdition({ ...edition, title: 'Andere Ausgabe' });
    render(<BackupSection />);
    const before = await dump(db);
    pick(JSON.stringify(sampleBackup()));
    await alerted(
      'Die Ausgabe „test-edition@1“ gibt es auf diesem Gerät schon mit anderem Inhalt. Die Sicherung wurde nicht eingespielt, damit keine Einschätzung ihre Bedeutung ändert. Es wurde nichts geändert.',
    );
    expect(screen.queryByRole('region', { name: 'Das steht in der Sicherung' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Alles ersetzen' })).toBeNull();
    expect(await dump(db)).toEqual(before);
  });

  it('refuses a file whose edition is neither in it nor on the device before the preview', async () => {
    render(<BackupSection />);
    pick(JSON.stringify({ ...sampleBackup(), editions: [] }));
    await alerted(
      'Die Sicherung ist unvollständig: Die Ausgabe „test-edition@1“ fehlt in der Datei und auf diesem Gerät. Es wurde nichts geändert.',
    );
    expect(screen.queryByRole('region', { name: 'Das steht in der Sicherung' })).toBeNull();
    expect(await db.clubs.count()).toBe(0);
  });

  it('reminds calmly when entries are not backed up yet', async () => {
    render(<BackupSection />);
    expect(
      await screen.findByText('Auf diesem Gerät wurde noch keine Sicherung erstellt.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/noch nicht gesichert/)).toBeNull();
    await createClub({ name: 'TV', category: 'sport', sizeBand: 'bis-20' });
    expect(
      await screen.findByText(
        'Eure Einträge sind noch nicht gesichert. Erstellt bei Gelegenheit eine Sicherung.',
      ),
    ).not.toHaveAttribute('role');
  });
});
