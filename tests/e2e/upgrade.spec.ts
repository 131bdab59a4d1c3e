import { V4_STORES, v4Clubs, writeVersion4Database } from '../fixtures/v4-database';
import { readTable, type StoredAnswer } from './browser-db';
import { area, criterion, firstShipped, shipped } from './edition';
import { expect, test } from './fixtures';

// A device that used the app under schema v4 (and the first shipped edition)
// opens the new version: while the database upgrades, the start screen says
// that the data is being converted, then lists every club with its data
// intact; the current shipped edition is stored beside the first one.

const UPGRADING = 'Eure Daten werden für die neue Version umgestellt …';

interface StoredAssessment {
  id: string;
  status: string;
  ratings?: Record<string, string>;
  notes?: Record<string, string>;
}

/** 6 clubs with 50 assessments each of the first shipped edition (the last one a draft): 15,000 answer rows. */
const seeded = v4Clubs({
  clubs: 6,
  perClub: 50,
  criteria: firstShipped.areas.flatMap((a) => a.criteria.map((c) => c.id)),
  editionId: firstShipped.id,
  editionVersion: firstShipped.version,
});

test('the start screen says the data is being converted while a v4 database upgrades, then lists the clubs with their data', async ({
  app,
  page,
}) => {
  const { clubList, summary, assessment } = app;
  // Every text a status region shows and the moment the club list appears, in
  // order, recorded in the page from its first byte on (no race with polling).
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __seen: string[] }).__seen = seen;
    const note = (entry: string) => {
      if (!seen.includes(entry)) seen.push(entry);
    };
    new MutationObserver(() => {
      for (const status of document.querySelectorAll('[role="status"]'))
        if (status.textContent) note(`status: ${status.textContent}`);
      if (document.querySelector('ul[aria-label="Vereine"]')) note('list');
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });

  // The v4 database is written on a blank page of the app's origin, so the app
  // does not open (and create) it first.
  await page.route('**/__seed__', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
  );
  await page.goto('/__seed__');
  await page.evaluate(writeVersion4Database, {
    name: 'ampelbogen',
    stores: V4_STORES,
    rows: {
      clubs: seeded.clubs,
      assessments: seeded.assessments.map((a) => a.row),
      answers: seeded.assessments.flatMap((a) => a.answers),
      editions: [
        {
          key: `${firstShipped.id}@${firstShipped.version}`,
          id: firstShipped.id,
          version: firstShipped.version,
          importedAt: '2025-11-20T18:00:00.000Z',
          edition: firstShipped,
        },
      ],
    },
  });

  await clubList.goto();
  await expect(clubList.clubs.getByRole('listitem')).toHaveCount(6);
  await expect(clubList.club('Verein A')).toContainText('Sport · 50 Einschätzungen · Entwurf');
  await expect(page.getByText(UPGRADING)).toHaveCount(0);
  const seen = await page.evaluate(() => (window as unknown as { __seen: string[] }).__seen);
  expect(seen).toContain(`status: ${UPGRADING}`);
  expect(seen.indexOf(`status: ${UPGRADING}`)).toBeLessThan(seen.indexOf('list'));
  expect((await readTable<{ key: string }>(page, 'editions')).map((e) => e.key).sort()).toEqual([
    `${firstShipped.id}@${firstShipped.version}`,
    `${shipped.id}@${shipped.version}`,
  ]);

  // Finished assessments hold their lights and notes in their rows; only the
  // drafts' answer rows are left, unchanged.
  const stored = new Map(
    (await readTable<StoredAssessment>(page, 'assessments')).map((a) => [a.id, a]),
  );
  for (const { row, answers } of seeded.assessments) {
    if (row.status !== 'done') continue;
    const lights = answers.filter((a) => a.rating !== undefined);
    const notes = answers.filter((a) => a.note !== undefined);
    expect(stored.get(row.id)?.ratings).toEqual(
      Object.fromEntries(lights.map((a) => [a.criterionId, a.rating])),
    );
    expect(stored.get(row.id)?.notes).toEqual(
      Object.fromEntries(notes.map((a) => [a.criterionId, a.note])),
    );
  }
  const drafts = seeded.assessments.filter((a) => a.row.status === 'draft');
  const key = (a: StoredAnswer) => `${a.assessmentId} ${a.criterionId}`;
  expect((await readTable<StoredAnswer>(page, 'answers')).map(key).sort()).toEqual(
    drafts.flatMap((a) => a.answers.map(key)).sort(),
  );

  // The first finished assessment of the first club reads as it was written:
  // its counts, and, reopened, a note on a statement that has no light.
  const first = seeded.assessments[0]!;
  const words = { green: 'grün', yellow: 'gelb', red: 'rot', na: 'trifft nicht zu' } as const;
  const expected: Record<string, number> = { grün: 0, gelb: 0, rot: 0, 'trifft nicht zu': 0 };
  for (const c of area(0).criteria) {
    const rating = first.answers.find((a) => a.criterionId === c.id)?.rating;
    const word = rating ? words[rating as keyof typeof words] : 'offen';
    expected[word] = (expected[word] ?? 0) + 1;
  }
  await app.shell.open(`#/einschaetzung/${first.row.id}/uebersicht`);
  await expect(summary.heading).toBeVisible();
  expect(await summary.counts(area(0).title)).toEqual(expected);

  const noted = first.answers.find((a) => a.note && !a.rating);
  const index = area(0).criteria.findIndex((c) => c.id === noted?.criterionId);
  expect(index).toBeGreaterThanOrEqual(0);
  await summary.reopen.tap();
  await assessment.expectArea(area(0).title);
  await assessment.openDetails(criterion(0, index));
  await expect(assessment.note(criterion(0, index))).toHaveValue(noted!.note!);
});
