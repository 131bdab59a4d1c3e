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
    const row = screen.getByText(first.text).closest('li')!;
    expect(row).toHaveTextContent('grün 3 (100 %)');
    expect(row).toHaveTextContent('rot 0 (0 %)');
    // The legend gives each light's meaning in the edition's words, as the clubs saw them.
    const legend = screen.getByRole('list', { name: 'Legende' });
    expect(legend).toHaveTextContent('grün (läuft gut)');
    expect(legend).toHaveTextContent('rot (noch nicht / Handlungsbedarf)');
    fireEvent.change(screen.getByLabelText('Art des Vereins'), { target: { value: 'kultur' } });
    expect(
      await screen.findByText(/Zu wenige Rückmeldungen für diese Auswahl/),
    ).toBeInTheDocument();
    expect(screen.queryByText(first.text)).not.toBeInTheDocument();
  });
});
