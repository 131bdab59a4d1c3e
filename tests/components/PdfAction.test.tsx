// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { PdfAction } from '../../src/ui/export/PdfAction';
import { createClub } from '../../src/storage/clubs';
import { finishAssessment, startAssessment } from '../../src/storage/assessments';
import { addEdition } from '../../src/storage/editions';
import { makeEdition } from '../fixtures/editions';
import { freshDatabase } from '../storage/helpers';

const edition = makeEdition({ areas: [['a-01', 'a-02']] });
let assessmentId: string;

beforeEach(async () => {
  freshDatabase();
  await addEdition(edition);
  const clubId = (await createClub({ name: 'TV', category: 'sport', sizeBand: '21-100' })).id;
  assessmentId = (await startAssessment({ clubId, date: '2026-03-14', edition })).id;
  await finishAssessment(assessmentId);
});

/** Waits until the alert region (always on the page) says the text. */
const alerted = (text: string) =>
  waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent(text), { timeout: 10_000 });

describe('PdfAction', () => {
  it('says in German that the assessment is gone, and can be tried again', async () => {
    render(<PdfAction assessmentId="gone" />);
    fireEvent.click(screen.getByRole('button', { name: 'PDF erstellen' }));
    // The first click loads the PDF module, which takes a moment in a test run.
    await alerted('Diese Einschätzung gibt es nicht mehr. Es wurde kein PDF erstellt.');
    expect(screen.getByRole('button', { name: 'PDF erstellen' })).toBeEnabled();
  });

  it('shows that it is busy, and a clear message when the PDF cannot be made', async () => {
    // jsdom cannot fetch the app's font file, as a browser without it could not.
    render(<PdfAction assessmentId={assessmentId} />);
    fireEvent.click(screen.getByRole('button', { name: 'PDF erstellen' }));
    expect(await screen.findByRole('button', { name: 'PDF wird erstellt …' })).toBeDisabled();
    await alerted('Das PDF konnte nicht erstellt werden.');
    expect(screen.getByRole('button', { name: 'PDF erstellen' })).toBeEnabled();
  });

  it('offers sharing only where the browser can share files', () => {
    render(<PdfAction assessmentId={assessmentId} />);
    expect(screen.queryByRole('button', { name: 'PDF teilen' })).toBeNull();
  });
});
