// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import shipped from '../../src/domain/editions/ni-ampelbogen-v3.json';
import { SettingsScreen } from '../../src/ui/settings/SettingsScreen';
import type { AmpelbogenDb } from '../../src/storage/db';
import { dump, freshDatabase } from '../storage/helpers';

let db: AmpelbogenDb;

beforeEach(() => {
  db = freshDatabase();
});

function pick(json: unknown) {
  const input = document.getElementById('edition-file') as HTMLInputElement;
  const file = new File([JSON.stringify(json)], 'ausgabe.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  fireEvent.change(input);
}

const editionList = () => screen.findByRole('list', { name: 'Ausgaben des Ampelbogens' });

describe('SettingsScreen', () => {
  it('lists the shipped edition as the one new assessments use', async () => {
    render(<SettingsScreen />);
    const list = await editionList();
    expect(list).toHaveTextContent('Ampelbogen Integration und Vielfalt');
    // The current shipped edition's version and publication date, as German dates read (27.11.2026).
    const published = shipped.publishedAt.split('-').reverse().join('.');
    expect(list).toHaveTextContent(`Version ${shipped.version} vom ${published}`);
    expect(list).toHaveTextContent('wird für neue Einschätzungen verwendet');
  });

  it('rejects a broken edition file with a message and stores nothing', async () => {
    render(<SettingsScreen />);
    await editionList();
    const before = await dump(db);
    const broken = structuredClone(shipped) as { areas: { criteria: { text?: string }[] }[] };
    delete broken.areas[0]!.criteria[0]!.text;
    pick(broken);
    // Each section of the settings has its status line; this is the editions'.
    const editions = screen.getByRole('region', { name: 'Ausgaben des Ampelbogens' });
    await waitFor(() =>
      expect(within(editions).getByRole('alert')).toHaveTextContent(
        'Die Ausgabe ist fehlerhaft und wurde nicht geladen: Bereich 1, Aussage 1, „text“ fehlt.',
      ),
    );
    expect(await dump(db)).toEqual(before);
  });

  it('imports a valid edition and makes it the default', async () => {
    render(<SettingsScreen />);
    await editionList();
    pick({ ...structuredClone(shipped), id: 'stadt-2027', version: 1, title: 'Ampelbogen 2027' });
    // First the check: valid, and what differs from the edition it replaces.
    const check = await screen.findByRole('region', {
      name: 'Geprüft: „Ampelbogen 2027“, Version 1',
    });
    expect(check).toHaveTextContent('Die Datei ist gültig: 8 Bereiche, 50 Aussagen.');
    expect(check).toHaveTextContent(
      'Titel: „Ampelbogen Integration und Vielfalt“ → „Ampelbogen 2027“',
    );
    expect(await db.editions.count()).toBe(1);
    fireEvent.click(screen.getByRole('button', { name: 'Ausgabe übernehmen' }));
    const done = await screen.findByText(/„Ampelbogen 2027“, Version 1 übernommen\./);
    expect(done.closest('[role="status"]')).not.toBeNull();
    expect(await screen.findByText('Ampelbogen 2027')).toBeInTheDocument();
    expect(await db.editions.count()).toBe(2);
  });
});
