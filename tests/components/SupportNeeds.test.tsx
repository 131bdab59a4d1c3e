// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/preact';
import { NO_FILTER, prepareOfficeData, summarise } from '../../src/domain/aggregation';
import { SupportNeeds } from '../../src/ui/office/SupportNeeds';
import { makeEdition } from '../fixtures/editions';
import { makeFiles } from '../fixtures/anonymous-files';

// "Wo Vereine Unterstützung brauchen" says when statements are missing from
// the ranking because their answers are held back, and never claims then that
// no statement is at red or yellow.

const v1 = makeEdition({ id: 'ni', version: 1, areas: [['a1', 'a2']] });
const v2 = makeEdition({ id: 'ni', version: 2, areas: [['a1']] });
const E1 = { id: 'ni', version: 1 };
const E2 = { id: 'ni', version: 2 };

function show(files: Parameters<typeof prepareOfficeData>[0]) {
  const data = prepareOfficeData(files, [v1, v2], v2);
  render(<SupportNeeds data={data} summary={summarise(data, NO_FILTER)} />);
}

describe('SupportNeeds', () => {
  it('says a held-back statement is missing, instead of "no statement at red or yellow"', () => {
    // One group of 5 files; only the 2 of version 1 were asked a2, both red.
    show([
      ...makeFiles(3, { edition: E2, ratings: { a1: 'green' } }),
      ...makeFiles(2, { edition: E1, ratings: { a1: 'green', a2: 'red' } }),
    ]);
    expect(screen.queryByRole('listitem')).toBeNull();
    expect(screen.getByText(/Keine Aussage mit genug Rückmeldungen/)).toBeInTheDocument();
    expect(
      screen.getByText('Aussagen mit zu wenigen Rückmeldungen sind nicht dabei.'),
    ).toBeInTheDocument();
    expect(
      screen.queryByText('In dieser Auswahl steht keine Aussage auf Rot oder Gelb.'),
    ).toBeNull();
  });

  it('says plainly that no statement is at red or yellow when none is held back', () => {
    show(makeFiles(3, { edition: E1, ratings: { a1: 'green', a2: 'green' } }));
    expect(
      screen.getByText('In dieser Auswahl steht keine Aussage auf Rot oder Gelb.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/sind nicht dabei/)).toBeNull();
  });

  it('ranks the statements at red or yellow, and notes the held-back ones below', () => {
    show([
      ...makeFiles(3, { edition: E2, ratings: { a1: 'red' } }),
      ...makeFiles(2, { edition: E1, ratings: { a1: 'yellow', a2: 'red' } }),
    ]);
    expect(screen.getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(
      screen.getByText('Aussagen mit zu wenigen Rückmeldungen sind nicht dabei.'),
    ).toBeInTheDocument();
  });
});
