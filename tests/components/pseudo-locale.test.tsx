// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/preact';
import shippedJson from '../../src/domain/editions/ni-ampelbogen-v3.json';
import type { Edition } from '../../src/domain/edition-schema';
import { App } from '../../src/app/App';
import { LOCALES, setLocale } from '../../src/locale';
import { paths } from '../../src/ui/paths';
import { createClub } from '../../src/storage/clubs';
import { finishAssessment, saveAnswer, startAssessment } from '../../src/storage/assessments';
import { saveMeasure } from '../../src/storage/measures';
import { countPassedPhone, startRound } from '../../src/actions/round';
import { reportStorageProblem } from '../../src/storage/errors';
import { OfficeDb, setOfficeDatabase } from '../../src/storage/office-db';
import { storeOfficeFiles } from '../../src/storage/office-files';
import { makeFile } from '../fixtures/anonymous-files';
// Every screen's code loads here, while German is active: a text captured at
// module load (not read at render time) would stay German and fail the check.
import '../../src/ui/clubs/ClubScreen';
import '../../src/ui/clubs/ClubFormScreen';
import '../../src/ui/assessment/StartScreen';
import '../../src/ui/assessment/AssessmentScreen';
import '../../src/ui/assessment/SummaryScreen';
import '../../src/ui/progress/ProgressScreen';
import '../../src/ui/export/ExportScreen';
import '../../src/ui/settings/SettingsScreen';
import '../../src/ui/office/OfficeScreen';
import '../../src/ui/round/RoundScreen';
import '../../src/ui/round/SpreadScreen';
import '../../src/ui/round/BigScreen';
import '../../src/ui/round/PassPhoneScreen';
import '../../src/ui/round/JoinScreen';
import '../../src/ui/settings/LanguageScreen';
import { freshDatabase } from '../storage/helpers';

// Renders every screen in the pseudo-locale en-XA, where every catalog text is
// wrapped in ⟦…⟧. A visible text or accessible name without ⟦ did not come from
// a catalog: German left in a component. Allowed without markers: what comes
// from the edition file, user data, and numbers, dates and signs.

// The service worker bridge needs the PWA plugin's virtual module; here it
// only says that an update waits, so the update banner shows too.
vi.mock('../../src/app/sw-bridge', () => ({
  useUpdateState: () => ({ needRefresh: true, offlineReady: false }),
  applyWaitingUpdate: () => Promise.resolve(),
  dismissUpdate: () => undefined,
  startServiceWorker: () => Promise.resolve(),
}));

const shipped = shippedJson as Edition;
const CLUB = 'Chor Zeppelinheim';
const NOTE = 'Notiz vom Vorstand';
const STEP = 'Patenschaften ausbauen';

/** Every string of the edition file: statements, titles, hints, labels, the office contact. */
function editionStrings(value: unknown, out = new Set<string>()): Set<string> {
  if (typeof value === 'string') out.add(value.trim());
  else if (Array.isArray(value)) value.forEach((v) => editionStrings(v, out));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((v) => editionStrings(v, out));
  return out;
}

const ALLOWED = editionStrings(shipped);
// User data, the app version of the test build (__APP_VERSION__), and the
// languages' names, each written in its own language.
for (const data of [CLUB, NOTE, STEP, 'test', ...LOCALES.map((l) => l.name)]) ALLOWED.add(data);
/** Codes shown as they are: a quarter of the anonymous files (2026-Q1). */
const CODE = /^\d{4}-Q[1-4]$/;

/** True if a text is from a catalog (marked), from data, or has no letters. */
function isAllowed(text: string): boolean {
  const s = text.replace(/\s+/g, ' ').trim();
  if (s === '' || s.includes('⟦') || !/\p{L}/u.test(s)) return true;
  if (ALLOWED.has(s) || CODE.test(s)) return true;
  // Data joined with numbers and dates (e.g. "Version 1" is a catalog text, but
  // an edition title followed by nothing but signs and numbers is data).
  return [...ALLOWED].some(
    (a) => a.length > 3 && s.startsWith(a) && !/\p{L}/u.test(s.slice(a.length)),
  );
}

const NAMED = [
  'aria-label',
  'title',
  'alt',
  'placeholder',
  'aria-valuetext',
  'aria-roledescription',
];

/** Every text node and accessible-name attribute of the page that is not marked. */
function unmarked(): string[] {
  const found: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    // Technical ids (a file's id) are shown in <code>, as they are.
    if (parent?.closest('script, style, code')) continue;
    const text = node.textContent ?? '';
    if (!isAllowed(text)) found.push(`text: ${text.trim()}`);
  }
  for (const el of document.body.querySelectorAll('*')) {
    for (const name of NAMED) {
      const value = el.getAttribute(name);
      if (value !== null && !isAllowed(value)) found.push(`${name}: ${value}`);
    }
  }
  return found;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Opens a route and waits until its screen has rendered its data. */
async function open(hash: string) {
  await act(async () => {
    location.hash = hash;
    await sleep(0);
  });
  // A screen's heading, or the not-found notice.
  await waitFor(
    () => expect(document.querySelector('#screen-title, main > [role=alert]')).not.toBeNull(),
    { timeout: 4000 },
  );
  // Let the screen's queries settle (fake-indexeddb answers in later tasks).
  await act(() => sleep(300));
}

let clubId = '';
let draftId = '';
let doneId = '';
let roundDraftId = '';

beforeAll(async () => {
  // jsdom has no scrolling; the shell scrolls to the top on every new screen.
  window.scrollTo = () => undefined;
  // Opening the database writes the shipped edition.
  await freshDatabase().open();
  setOfficeDatabase(new OfficeDb(`pseudo-${Math.random().toString(36).slice(2)}`));
  const club = await createClub({ name: CLUB, category: 'kultur', sizeBand: 'bis-20' });
  clubId = club.id;
  const first = shipped.areas[0]!.criteria;
  const done = await startAssessment({ clubId, date: '2026-02-15', edition: shipped });
  doneId = done.id;
  for (const [i, c] of first.entries())
    await saveAnswer({ assessmentId: doneId, criterionId: c.id, rating: i % 2 ? 'red' : 'green' });
  await saveAnswer({ assessmentId: doneId, criterionId: first[0]!.id, note: NOTE });
  await saveMeasure({
    assessmentId: doneId,
    criterionId: first[1]!.id,
    text: STEP,
    due: '2026-04-01',
  });
  await finishAssessment(doneId);
  const draft = await startAssessment({ clubId, date: '2026-03-14', edition: shipped });
  draftId = draft.id;
  await saveAnswer({ assessmentId: draftId, criterionId: first[0]!.id, rating: 'yellow' });
  // A second draft with a round running, one person counted.
  roundDraftId = (await startAssessment({ clubId, date: '2026-03-15', edition: shipped })).id;
  const round = await startRound(roundDraftId, [first[0]!.id, first[1]!.id]);
  if (!round.ok) throw new Error('round did not start');
  await countPassedPhone(round.value, ['green', 'red']);
  await countPassedPhone(round.value, ['green', 'yellow']);
  const ratings = Object.fromEntries(first.map((c) => [c.id, 'green' as const]));
  const edition = { id: shipped.id, version: shipped.version };
  await storeOfficeFiles(Array.from({ length: 6 }, () => makeFile({ edition, ratings })));
  await setLocale('en-XA');
});

afterAll(async () => {
  await setLocale('de');
});

describe('the pseudo-locale en-XA', () => {
  it('sets <html lang> and dir from the locale list', () => {
    expect(document.documentElement.lang).toBe('en');
    expect(document.documentElement.dir).toBe('ltr');
  });

  it('leaves no German outside the catalogs on any screen, the shell and its banners', async () => {
    render(<App />);
    await act(() => sleep(0));
    // A storage problem shows the shell's banner on every screen that follows.
    act(() => reportStorageProblem('quota'));
    const routes: [string, string][] = [
      ['club list', paths.home()],
      ['new club', paths.newClub()],
      ['club page', paths.club(clubId)],
      ['club form', paths.editClub(clubId)],
      ['start', paths.startAssessment(clubId)],
      ['assessment area', paths.area(draftId, 0)],
      ['summary', paths.summary(doneId)],
      ['summary (draft)', paths.summary(draftId)],
      ['share', paths.share(doneId)],
      ['share (draft)', paths.share(draftId)],
      ['progress', paths.progress(clubId)],
      ['settings', paths.settings()],
      ['office', paths.office()],
      ['round start', paths.round(draftId)],
      ['round running', paths.round(roundDraftId)],
      ['round spread', paths.roundSpread(roundDraftId)],
      ['round big screen', paths.roundBig(roundDraftId)],
      ['round passing the phone', paths.roundPass(roundDraftId)],
      ['joining a round', paths.join()],
      ['language', paths.language()],
      ['not found', '#/gibt-es-nicht'],
    ];
    const left: string[] = [];
    for (const [name, hash] of routes) {
      await open(hash);
      left.push(...unmarked().map((text) => `${name} → ${text}`));
    }
    expect([...new Set(left)]).toEqual([]);
  }, 60_000);
});
