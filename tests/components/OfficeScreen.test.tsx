// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import shipped from '../../src/domain/editions/ni-ampelbogen-v3.json';
import { OfficeScreen } from '../../src/ui/office/OfficeScreen';
import { OfficeDb, setOfficeDatabase } from '../../src/storage/office-db';
import type { RatingId } from '../../src/domain/edition-schema';
import { makeFile } from '../fixtures/anonymous-files';
import { freshDatabase } from '../storage/helpers';

let office: OfficeDb;
let counter = 0;

beforeEach(() => {
  freshDatabase();
  counter += 1;
  office = new OfficeDb(`office-component-${counter}-${Math.random().toString(36).slice(2)}`);
  setOfficeDatabase(office);
});

const first = shipped.areas[0]!.criteria[0]!;
const EDITION = { id: shipped.id, version: shipped.version };

function jsonFile(name: string, content: unknown) {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return new File([text], name, { type: 'application/json' });
}

function pick(files: File[]) {
  const input = screen.getByLabelText('Dateien auswählen') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: files, configurable: true });
  fireEvent.change(input);
}

const valid = (n: number, light: RatingId, category: 'sport' | 'kultur' = 'sport') =>
  Array.from({ length: n }, (_, i) =>
    jsonFile(
      `${category}-${light}-${i}.json`,
      makeFile({ edition: EDITION, category, ratings: { [first.id]: light } }),
    ),
  );

describe('OfficeScreen', () => {
  it('explains itself when no file is there yet', async () => {
    render(<OfficeScreen />);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Auswertung (Integrationsbüro)' }),
    ).toBeInTheDocument();
    expect(await screen.findByText(/Noch keine Rückmeldung übernommen/)).toBeInTheDocument();
  });

  it('takes the good files of a batch, lists the bad one with its reason, stores no name', async () => {
    render(<OfficeScreen />);
    await screen.findByText(/Noch keine Rückmeldung übernommen/);
    pick([...valid(3, 'green'), jsonFile('kaputt.json', '{ nope')]);
    expect(
      await screen.findByText('3 übernommen, 0 schon vorhanden, 1 abgelehnt.'),
    ).toBeInTheDocument();
    const notAdded = screen.getByRole('list', { name: 'Nicht übernommen' });
    const item = within(notAdded).getByRole('listitem');
    expect(item).toHaveTextContent('kaputt.json abgelehnt');
    expect(item).toHaveTextContent('Die Datei ist keine gültige JSON-Datei.');
    expect(await office.files.count()).toBe(3);
    expect(JSON.stringify(await office.files.toArray())).not.toContain('.json');
  });

  it('refuses a file rating criteria its edition on the device does not have, naming them', async () => {
    render(<OfficeScreen />);
    await screen.findByText(/Noch keine Rückmeldung übernommen/);
    const forged = makeFile({
      edition: EDITION,
      ratings: { [first.id]: 'green', 'erfunden-01': 'red' },
    });
    pick([...valid(3, 'green'), jsonFile('erfunden.json', forged)]);
    expect(
      await screen.findByText('3 übernommen, 0 schon vorhanden, 1 abgelehnt.'),
    ).toBeInTheDocument();
    const item = within(screen.getByRole('list', { name: 'Nicht übernommen' })).getByRole(
      'listitem',
    );
    expect(item).toHaveTextContent('erfunden.json abgelehnt');
    expect(item).toHaveTextContent(
      `Die Rückmeldung bewertet Aussagen, die es in ihrer Ausgabe („${shipped.id}“, Version ${shipped.version}) nicht gibt: „erfunden-01“. Sie wurde nicht übernommen.`,
    );
    expect(await office.files.count()).toBe(3);
    expect(screen.queryByText(/Aussagen aus Ausgaben, die auf diesem Gerät fehlen/)).toBeNull();
  });

  it('shows counts per light, and "too few" for a selection of 2 files', async () => {
    render(<OfficeScreen />);
    await screen.findByText(/Noch keine Rückmeldung übernommen/);
    pick([...valid(3, 'green'), ...valid(2, 'red', 'kultur')]);
    expect(
      await screen.findByText('Die Zahlen dieser Auswahl beruhen auf 3 von 5 Rückmeldungen.'),
    ).toBeInTheDocument();
    // Every statement of an area is folded under the area's name.
    fireEvent.click(screen.getByText(shipped.areas[0]!.title, { selector: 'summary' }));
    const row = (await screen.findByText(first.text)).closest('li')!;
    expect(row).toHaveTextContent('grün 3 (100 %)');
    expect(row).toHaveTextContent('rot 0 (0 %)');
    // The legend gives each light's meaning in the edition's words, as the clubs saw them.
    const legend = screen.getByRole('list', { name: 'Legende' });
    expect(legend).toHaveTextContent('grün (läuft gut)');
    expect(legend).toHaveTextContent('rot (noch nicht / Handlungsbedarf)');
    fireEvent.change(screen.getByLabelText('Art des Vereins'), { target: { value: 'kultur' } });
    // The filter narrows by type only: widening the type is the one advice.
    expect(
      await screen.findByText(
        'Zu wenige Rückmeldungen für diese Auswahl: Zahlen werden erst ab 3 Rückmeldungen gezeigt. Wählt alle Arten.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('office-held-back')).toHaveTextContent(
      '2 Rückmeldungen werden nicht gezählt, weil sie in einer Gruppe mit weniger als 3 Rückmeldungen liegen: 1. Quartal 2026 · Kultur, Musik, Brauchtum · 21 bis 100 Mitglieder (2).',
    );
    expect(screen.queryByText(first.text)).not.toBeInTheDocument();
  });

  it('names the held-back groups and gives no advice to widen when nothing is filtered', async () => {
    render(<OfficeScreen />);
    await screen.findByText(/Noch keine Rückmeldung übernommen/);
    // One club's files over three quarters: every group has fewer than 3 files.
    const files = ['2025-Q4', '2026-Q1', '2026-Q1', '2026-Q2'].map((period, i) =>
      jsonFile(
        `verein-${i}.json`,
        makeFile({ edition: EDITION, period, sizeBand: 'bis-20', ratings: { [first.id]: 'red' } }),
      ),
    );
    pick(files);
    expect(
      await screen.findByText(
        'Noch keine Zahlen: Eine Zahl wird erst gezeigt, wenn sie auf mindestens 3 Rückmeldungen beruht.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByTestId('office-held-back')).toHaveTextContent(
      '4 Rückmeldungen werden nicht gezählt, weil sie in Gruppen mit weniger als 3 Rückmeldungen liegen: 4. Quartal 2025 · Sport · bis 20 Mitglieder (1), 1. Quartal 2026 · Sport · bis 20 Mitglieder (2), 2. Quartal 2026 · Sport · bis 20 Mitglieder (1). Es hilft, wenn mehr Vereine derselben Art und Größe im selben Quartal eine Datei schicken.',
    );
    expect(screen.queryByText(/längeren Zeitraum/)).toBeNull();
    // The quarters read as the clubs see them, also in the filters.
    const from = screen.getByLabelText('Von Quartal');
    expect(
      within(from)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['4. Quartal 2025', '1. Quartal 2026', '2. Quartal 2026']);
  });

  it('ranks the statements by their share of red and yellow, red first on a tie', async () => {
    render(<OfficeScreen />);
    await screen.findByText(/Noch keine Rückmeldung übernommen/);
    const [c1, c2, c3] = shipped.areas[1]!.criteria;
    const ratings: Record<string, RatingId>[] = [
      { [c1!.id]: 'red', [c2!.id]: 'yellow', [c3!.id]: 'green' },
      { [c1!.id]: 'red', [c2!.id]: 'green', [c3!.id]: 'green' },
      { [c1!.id]: 'green', [c2!.id]: 'green', [c3!.id]: 'red' },
    ];
    pick(ratings.map((r, i) => jsonFile(`f${i}.json`, makeFile({ edition: EDITION, ratings: r }))));
    const list = await screen.findByRole('list', { name: 'Wo Vereine Unterstützung brauchen' });
    const items = within(list)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement === list);
    // c1: 2 of 3 red; c2 (1 yellow) and c3 (1 red) tie at a third, and red goes first.
    expect(items.map((li) => li.querySelector('.need-text')?.textContent)).toEqual([
      c1!.text,
      c3!.text,
      c2!.text,
    ]);
    expect(items[0]).toHaveTextContent('rot 2 (67 %)');
    expect(items[0]).toHaveTextContent('3 Rückmeldungen');
    expect(items[0]).toHaveTextContent(shipped.areas[1]!.title);
  });
});
