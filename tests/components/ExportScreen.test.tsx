// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { ExportScreen } from '../../src/ui/export/ExportScreen';
import { OfficeContact } from '../../src/ui/export/OfficeContact';
import { createClub } from '../../src/storage/clubs';
import { finishAssessment, startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import type { Edition } from '../../src/domain/edition-schema';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase } from '../storage/helpers';

const office = {
  name: 'Integrationsbüro',
  address: 'Hugenottenallee 53, 63263 Neu-Isenburg',
  phone: '06102 241-763',
  email: 'buero@example.org',
};

async function assessmentWith(edition: Edition, finished: boolean): Promise<string> {
  await addEdition(edition);
  const clubId = (
    await createClub({ name: 'TV Zeppelinheim', category: 'sport', sizeBand: '21-100' })
  ).id;
  const id = (await startAssessment({ clubId, date: '2026-03-14', edition })).id;
  if (finished) await finishAssessment(id);
  return id;
}

const region = (name: string | RegExp) => screen.findByRole('region', { name });

beforeEach(() => {
  freshDatabase();
});

describe('ExportScreen', () => {
  it('puts the anonymous file first: a summary and its button, the details folded below', async () => {
    const id = await assessmentWith(
      { ...makeEdition({ areas: [['a-01', 'a-02']] }), office },
      true,
    );
    render(<ExportScreen assessmentId={id} />);
    const anonymous = await region('Anonyme Rückmeldung an das Integrationsbüro');
    const pdf = await region('Bericht als PDF');
    // The anonymous file comes before the report in the page.
    expect(anonymous.compareDocumentPosition(pdf) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const inside = within(anonymous);
    expect(anonymous).toHaveTextContent('In der Datei: 0 Ampeln, 1. Quartal 2026, Testausgabe');
    expect(anonymous).toHaveTextContent('Nicht in der Datei: Namen, Notizen, nächste Schritte');
    expect(anonymous).toHaveTextContent('Eine E-Mail zeigt aber, wer sie geschickt hat.');
    expect(anonymous).not.toHaveTextContent('TV Zeppelinheim');
    expect(inside.getByRole('button', { name: 'Datei speichern' })).toBeInTheDocument();
    // The details are built only once unfolded.
    expect(inside.queryByText('Zufällige Kennung der Datei')).toBeNull();
    fireEvent.click(inside.getByText('Mehr zur Datei: alle Angaben und der genaue Inhalt'));
    fireEvent(
      inside.getByText('Mehr zur Datei: alle Angaben und der genaue Inhalt').parentElement!,
      new Event('toggle'),
    );
    expect(await inside.findByText('Zufällige Kennung der Datei')).toBeInTheDocument();
  });

  it('offers a prefilled e-mail to the office where files cannot be shared', async () => {
    const id = await assessmentWith({ ...makeEdition({ areas: [['a-01']] }), office }, true);
    render(<ExportScreen assessmentId={id} />);
    const anonymous = await region('Anonyme Rückmeldung an das Integrationsbüro');
    const link = within(anonymous).getByRole('link', {
      name: 'E-Mail an buero@example.org schreiben',
    });
    const href = link.getAttribute('href')!;
    expect(href.startsWith('mailto:buero@example.org?')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Ampelbogen: anonyme Rückmeldung, 1. Quartal 2026');
    expect(params.get('body')).toMatch(/Datei „ampelbogen-anonym-2026-Q1-[0-9a-f]{8}\.json“/);
    expect(params.get('body')).toContain('gespeicherte Datei anhängen');
  });

  it('offers no e-mail where the edition names no address', async () => {
    const noMail = { name: office.name, address: office.address, phone: office.phone };
    const id = await assessmentWith(
      { ...makeEdition({ areas: [['a-01']] }), office: noMail },
      true,
    );
    render(<ExportScreen assessmentId={id} />);
    const anonymous = await region('Anonyme Rückmeldung an das Integrationsbüro');
    expect(within(anonymous).queryByRole('link')).toBeNull();
    expect(within(anonymous).getByRole('button', { name: 'Datei speichern' })).toBeInTheDocument();
  });

  it('offers the town’s file-drop folder where the edition names one, and says it shows no sender', async () => {
    const dropUrl = 'https://cloud.example.org/s/ampelbogen';
    const id = await assessmentWith(
      { ...makeEdition({ areas: [['a-01']] }), formatVersion: 3, office: { ...office, dropUrl } },
      true,
    );
    render(<ExportScreen assessmentId={id} />);
    const anonymous = await region('Anonyme Rückmeldung an das Integrationsbüro');
    const link = within(anonymous).getByRole('link', { name: 'Ablage-Ordner der Stadt öffnen' });
    expect(link).toHaveAttribute('href', dropUrl);
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(anonymous).toHaveTextContent('Eine E-Mail zeigt aber, wer sie geschickt hat.');
    expect(anonymous).toHaveTextContent(
      'Über den Ablage-Ordner der Stadt kommt sie ohne Namen und ohne E-Mail-Adresse an.',
    );
  });

  it('promises no sender-free way where the edition names no file-drop folder', async () => {
    const id = await assessmentWith({ ...makeEdition({ areas: [['a-01']] }), office }, true);
    render(<ExportScreen assessmentId={id} />);
    const anonymous = await region('Anonyme Rückmeldung an das Integrationsbüro');
    expect(within(anonymous).queryByRole('link', { name: /Ablage-Ordner/ })).toBeNull();
    expect(anonymous).not.toHaveTextContent('Ablage-Ordner');
  });

  it('puts the report first for a draft and says how to get the anonymous file', async () => {
    const id = await assessmentWith(makeEdition({ areas: [['a-01']] }), false);
    render(<ExportScreen assessmentId={id} />);
    const anonymous = await region('Anonyme Rückmeldung an das Integrationsbüro');
    expect(anonymous).toHaveTextContent('noch nicht abgeschlossen');
    expect(within(anonymous).queryByRole('button')).toBeNull();
  });
});

describe('OfficeContact', () => {
  it('shows the office e-mail as a link', () => {
    render(<OfficeContact office={office} />);
    expect(screen.getByRole('link', { name: 'buero@example.org' })).toHaveAttribute(
      'href',
      'mailto:buero@example.org',
    );
  });

  it('shows the file-drop folder as a link where there is one', () => {
    const dropUrl = 'https://cloud.example.org/s/ampelbogen';
    render(<OfficeContact office={{ ...office, dropUrl }} />);
    expect(document.querySelector('address')).toHaveTextContent(
      'Ablage-Ordner für Dateien: Ablage-Ordner öffnen',
    );
    expect(screen.getByRole('link', { name: 'Ablage-Ordner öffnen' })).toHaveAttribute(
      'href',
      dropUrl,
    );
  });
});
