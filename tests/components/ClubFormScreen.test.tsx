// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { ClubFormScreen } from '../../src/ui/clubs/ClubFormScreen';
import type { AmpelbogenDb } from '../../src/storage/db';
import { freshDatabase } from '../storage/helpers';

let db: AmpelbogenDb;

beforeEach(() => {
  db = freshDatabase();
  location.hash = '#/vereine/neu';
});

describe('ClubFormScreen', () => {
  it('asks for a name and stores nothing without one', async () => {
    render(<ClubFormScreen />);
    fireEvent.click(await screen.findByRole('button', { name: 'Speichern' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Bitte prüft die markierten Felder. Es wurde nichts gespeichert.',
    );
    const name = screen.getByRole('textbox', { name: 'Name des Vereins oder der Gruppe' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription('Bitte gebt einen Namen ein.');
    expect(await db.clubs.count()).toBe(0);
  });

  it('stores a club with category and size band and goes to its page', async () => {
    render(<ClubFormScreen />);
    fireEvent.input(
      await screen.findByRole('textbox', { name: 'Name des Vereins oder der Gruppe' }),
      {
        target: { value: 'Ayşe Çağlar Tanzgruppe' },
      },
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Art' }), {
      target: { value: 'kultur' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Größe (Mitglieder)' }), {
      target: { value: '21-100' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    await waitFor(async () => expect(await db.clubs.count()).toBe(1));
    const [club] = await db.clubs.toArray();
    expect(club).toMatchObject({
      name: 'Ayşe Çağlar Tanzgruppe',
      category: 'kultur',
      sizeBand: '21-100',
    });
    await waitFor(() => expect(location.hash).toBe(`#/vereine/${club!.id}`));
  });
});
