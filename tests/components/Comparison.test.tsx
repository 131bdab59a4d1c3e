// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/preact';
import { Comparison } from '../../src/ui/progress/Comparison';
import type { RatingId } from '../../src/domain/edition-schema';
import type { Assessment } from '../../src/domain/entities';
import type { AssessmentView } from '../../src/domain/progress';
import { makeEdition } from '../fixtures/editions';

const v1 = makeEdition({ version: 1, areas: [['a-01', 'a-02', 'a-03']] });
const v2 = makeEdition({ version: 2, areas: [['a-01', 'a-02', 'a-04']] });

const view = (
  id: string,
  date: string,
  edition = v1,
  ratings: Record<string, RatingId> = {},
): AssessmentView => ({
  assessment: { id, date, createdAt: `${date}T18:00:00.000Z`, status: 'done' } as Assessment,
  edition,
  ratingOf: (c) => ratings[c],
});

const views = [
  view('m1', '2026-01-15', v1, { 'a-01': 'red', 'a-02': 'green', 'a-03': 'yellow' }),
  view('m2', '2026-02-15', v1, { 'a-01': 'yellow', 'a-02': 'green', 'a-03': 'yellow' }),
  view('m3', '2026-03-14', v2, { 'a-01': 'yellow', 'a-02': 'red', 'a-04': 'green' }),
];

/** The number beside a kind of change at the top of the comparison. */
const count = (word: string) =>
  screen.getAllByRole('term').find((t) => t.textContent?.endsWith(word))?.nextElementSibling
    ?.textContent;

describe('Comparison', () => {
  it('compares the newest with the one before by default, counts at the top', () => {
    render(<Comparison views={views} />);
    expect(screen.getByRole('combobox', { name: 'Frühere Einschätzung' })).toHaveDisplayValue(
      '15.02.2026',
    );
    expect(screen.getByRole('combobox', { name: 'Spätere Einschätzung' })).toHaveDisplayValue(
      '14.03.2026',
    );
    expect(count('besser')).toBe('0');
    expect(count('schlechter')).toBe('1');
    expect(count('unverändert')).toBe('1');
    expect(count('erstmals beantwortet')).toBe('1');
  });

  it('lists what changed by area, with the lights before and after in words', () => {
    render(<Comparison views={views} />);
    const worse = screen.getByText('Wir tun a-02.').closest('li')!;
    expect(worse).toHaveTextContent('schlechter:');
    expect(within(worse).getByText('vorher grün, jetzt rot')).toBeInTheDocument();
    const first = screen.getByText('Wir tun a-04.').closest('li')!;
    expect(first).toHaveTextContent('erstmals beantwortet:');
    expect(within(first).getByText('vorher nicht erfragt, jetzt grün')).toBeInTheDocument();
    expect(screen.getByText('1 Aussage unverändert')).toBeInTheDocument();
  });

  it('compares any two assessments the user picks', () => {
    render(<Comparison views={views} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Frühere Einschätzung' }), {
      target: { value: 'm1' },
    });
    expect(count('besser')).toBe('1');
    expect(screen.getByText('Wir tun a-01.').closest('li')).toHaveTextContent('besser:');
  });

  it('asks for two different assessments', () => {
    render(<Comparison views={views} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Frühere Einschätzung' }), {
      target: { value: 'm3' },
    });
    expect(screen.getByRole('status')).toHaveTextContent(
      'Bitte zwei verschiedene Einschätzungen wählen.',
    );
  });
});
