// npm run bench: prints the figures of the app. Not a test: it measures and
// reports, and judges nothing. Needs Debian's Chromium (CHROMIUM_PATH).
//   1. initial JS and CSS of the built app (gzip bytes), beside an empty page of the same stack
//   2. tap to "gespeichert": p50/p95 over 200 taps on a 60-criterion edition
//   3. the progress page of a club with 100 finished assessments: navigation to rendered, p50/p95
//   4. the PDF report of a club with 20 assessments of 60 criteria: click to saved file (median),
//      PDF size, and the lazily loaded PDF chunks (gzip bytes) and font files
//   5. restore of a backup (50 clubs, 1,000 assessments of 60 answers), as a format 1 file (answer rows,
//      folded on restore) and as a format 2 file (answers in the assessments): file chosen to committed, median of 5
//   6. upgrade of a v4 database (2,000 finished assessments × 50 answer rows) at start: navigation
//      to the club list (median of UPGRADE_RUNS fresh profiles, default 3), and the next start
//   7. Auswertung: import of 1,000 anonymous files, and a filter change over them, in the page
//   8. Lighthouse (mobile defaults): app and empty page, median of 3 runs
// --office-only measures only 7, --upgrade-only only 6, --taps-only only 2 (each with the asset sizes).
// BENCH_DIST serves another build directory instead of dist/, to compare two builds.
import { spawn, execFileSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { chromium } from '@playwright/test';
import chromiumSetup from './chromium.json' with { type: 'json' };

const CHROMIUM = process.env.CHROMIUM_PATH ?? chromiumSetup.path;
const FLAGS = chromiumSetup.args;
const args = new Set(process.argv.slice(2));
const median = (xs) => quantile(xs, 0.5);
function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.ceil(i)] - s[lo]) * (i - lo);
}
const run = (cmd, cmdArgs) =>
  execFileSync(cmd, cmdArgs, { stdio: ['ignore', 'ignore', 'inherit'] });

async function initialAssets(dir) {
  const html = await readFile(join(dir, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(js|css))"/g)].map((m) => [m[1], m[2]]);
  const sizes = { js: 0, css: 0, html: gzipSync(html, { level: 9 }).length };
  for (const [file, kind] of refs)
    sizes[kind] += gzipSync(await readFile(join(dir, file)), { level: 9 }).length;
  return sizes;
}

function serve(root, port) {
  const child = spawn('node', ['tests/e2e/serve.mjs'], {
    env: { ...process.env, ROOT: root, PORT: String(port) },
    stdio: 'ignore',
  });
  return { url: `http://localhost:${port}/`, stop: () => child.kill() };
}

async function waitFor(url) {
  for (let i = 0; i < 100; i += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await delay(100);
  }
  throw new Error(`server at ${url} did not start`);
}

function benchEdition() {
  const areas = Array.from({ length: 6 }, (_, a) => ({
    id: `bereich-${a + 1}`,
    title: `Bereich ${a + 1}`,
    criteria: Array.from({ length: 10 }, (_, c) => ({
      id: `bereich-${a + 1}-${String(c + 1).padStart(2, '0')}`,
      text: `Wir prüfen Aussage ${c + 1} in Bereich ${a + 1}.`,
      dimensions: ['migration'],
    })),
  }));
  return {
    format: 'ampelbogen-edition',
    formatVersion: 1,
    id: 'bench-60',
    version: 1,
    title: 'Messausgabe mit 60 Aussagen',
    publishedAt: '2026-11-21',
    scale: {
      ratings: [
        { id: 'green', label: 'grün', meaning: 'läuft gut', value: 1 },
        { id: 'yellow', label: 'gelb', meaning: 'teilweise', value: 0.5 },
        { id: 'red', label: 'rot', meaning: 'noch nicht', value: 0 },
        { id: 'na', label: 'trifft nicht zu', meaning: 'passt nicht', value: null },
      ],
      thresholds: { green: 0.75, yellow: 0.4 },
    },
    dimensions: [{ id: 'migration', label: 'Migration' }],
    areas,
  };
}

/** Taps in the page itself; each figure is click → the card says "gespeichert". */
async function tapTimes(baseUrl, taps, { tapsOnly = false, tapGap = 0 } = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({
    viewport: { width: 360, height: 740 },
    hasTouch: true,
    isMobile: true,
  });
  await page.goto(baseUrl);
  await page.getByRole('link', { name: 'Verein anlegen' }).click();
  await page.getByLabel('Name des Vereins oder der Gruppe').fill('Messverein');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByRole('link', { name: 'Einstellungen' }).click();
  await page.locator('#edition-file').setInputFiles({
    name: 'bench.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(benchEdition())),
  });
  // The edition is checked first and taken with one more tap.
  await page.getByRole('button', { name: 'Ausgabe übernehmen' }).click();
  await page.getByText('Neue Einschätzungen verwenden diese Ausgabe').waitFor();
  await page.getByRole('link', { name: 'Ampelbogen' }).click();
  await page.getByRole('link', { name: /Messverein/ }).click();
  await page.getByRole('link', { name: 'Neue Einschätzung' }).click();
  await page.getByRole('button', { name: 'Los geht’s' }).click();
  const times = [];
  const perArea = Math.ceil(taps / 6);
  for (let area = 0; area < 6 && times.length < taps; area += 1) {
    await page.getByRole('heading', { level: 1, name: `Bereich ${area + 1}` }).waitFor();
    const n = Math.min(perArea, taps - times.length);
    times.push(
      ...(await page.evaluate(
        async ({ count, gap }) => {
          const ratings = ['green', 'yellow', 'red', 'na'];
          const groups = [...document.querySelectorAll('[role="radiogroup"]')];
          const out = [];
          for (let i = 0; i < count; i += 1) {
            const group = groups[i % groups.length];
            const card = group.closest('li');
            const round = Math.floor(i / groups.length);
            const input = group.querySelector(`input[value="${ratings[round % 4]}"]`);
            const before = Number(card.querySelector('[data-save-seq]')?.dataset.saveSeq ?? -1);
            const saved = () => {
              const s = card.querySelector('[data-save-state]');
              return s?.dataset.saveState === 'saved' && Number(s.dataset.saveSeq) > before;
            };
            const t0 = performance.now();
            const done = new Promise((resolve) => {
              const observer = new MutationObserver(() => {
                if (saved()) {
                  observer.disconnect();
                  resolve(performance.now() - t0);
                }
              });
              observer.observe(card, {
                subtree: true,
                childList: true,
                attributes: true,
                characterData: true,
              });
            });
            input.click();
            out.push(await done);
            if (gap > 0) await new Promise((resolve) => setTimeout(resolve, gap));
          }
          return out;
        },
        { count: n, gap: tapGap },
      )),
    );
    if (area < 5) await page.getByRole('link', { name: 'Weiter' }).click();
  }
  if (tapsOnly) {
    await browser.close();
    return { taps: times, progress: [], pdf: null };
  }
  const clubId = await seedProgress(page);
  const progress = await progressTimes(page, clubId, 30);
  const pdf = await pdfFigures(page, 9);
  await browser.close();
  return { taps: times, progress, pdf };
}

/**
 * Seeds a club with 20 finished assessments of 60 criteria, notes and open
 * steps, then makes its newest assessment's PDF several times. Each figure is
 * click → "gespeichert" (data read, PDF built, file handed over), measured in
 * the page; the first run also loads the PDF chunk and the font.
 */
async function pdfFigures(page, runs) {
  const assessmentId = await seedFinishedClub(page, {
    clubId: 'bench-pdf-club',
    name: 'Messverein PDF Ayşe Größe',
    idPrefix: 'bench-pdf-',
    count: 20,
    firstDay: Date.UTC(2024, 0, 1),
    daysApart: 30,
    notes: true,
    stepsFrom: 17,
  });
  await page.evaluate((id) => (location.hash = `#/einschaetzung/${id}/weitergeben`), assessmentId);
  await page.getByRole('button', { name: 'PDF erstellen' }).waitFor();
  const loadedBefore = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => e.name),
  );
  const times = [];
  let size = 0;
  let lazyFiles = [];
  for (let i = 0; i < runs; i += 1) {
    const download = page.waitForEvent('download');
    times.push(
      await page.evaluate(
        () =>
          new Promise((resolve) => {
            const button = [...document.querySelectorAll('button')].find(
              (b) => b.textContent === 'PDF erstellen',
            );
            const status = () => document.querySelector('.pdf-action [role="status"]');
            let started = false;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (status()?.hidden) started = true;
              if (started && !status()?.hidden && /gespeichert/.test(status()?.textContent ?? '')) {
                observer.disconnect();
                resolve(performance.now() - t0);
              }
            });
            observer.observe(document.body, {
              subtree: true,
              childList: true,
              attributes: true,
              characterData: true,
            });
            button.click();
          }),
      ),
    );
    size = (await stat(await (await download).path())).size;
    if (i === 0) {
      const after = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => e.name),
      );
      lazyFiles = after
        .filter((name) => !loadedBefore.includes(name))
        .map((name) => new URL(name).pathname.slice(1))
        .filter((path) => /\.(js|ttf)$/.test(path));
    }
  }
  const files = [];
  for (const path of lazyFiles) {
    const body = await readFile(join('dist', path));
    files.push({ path, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  return { first: times[0], warm: times.slice(1), size, files };
}

/** Seeds a club with 100 finished assessments of 60 criteria; returns the club's id. */
async function seedProgress(page) {
  await seedFinishedClub(page, {
    clubId: 'bench-club',
    name: 'Messverein 100',
    idPrefix: 'bench-',
    count: 100,
    firstDay: Date.UTC(2020, 0, 1),
    daysApart: 14,
    notes: false,
    stepsFrom: null,
  });
  return 'bench-club';
}

/**
 * Writes a club and its finished assessments of the 60-criterion bench edition
 * straight into IndexedDB, as the app stores them (schema v5: a finished
 * assessment keeps its lights and notes in its row). With `notes`, every third
 * criterion has a note; from assessment `stepsFrom` on, every fourth has an
 * open step. Returns the newest assessment's id.
 */
async function seedFinishedClub(page, options) {
  return page.evaluate(async (o) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('ampelbogen');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const ratings = ['green', 'yellow', 'red', 'na'];
    const stamp = new Date().toISOString();
    const tx = db.transaction(['clubs', 'assessments', 'measures'], 'readwrite');
    tx.objectStore('clubs').put({
      id: o.clubId,
      name: o.name,
      category: 'sport',
      sizeBand: '101-500',
      createdAt: stamp,
      updatedAt: stamp,
    });
    let id = '';
    for (let i = 0; i < o.count; i += 1) {
      id = `${o.idPrefix}${String(i).padStart(2, '0')}`;
      const date = new Date(o.firstDay + i * o.daysApart * 86_400_000).toISOString().slice(0, 10);
      const snapshot = {};
      const notes = {};
      for (let a = 1; a <= 6; a += 1) {
        for (let c = 1; c <= 10; c += 1) {
          const criterionId = `bereich-${a}-${String(c).padStart(2, '0')}`;
          snapshot[criterionId] = ratings[(i + a * c) % 4];
          if (o.notes && c % 3 === 0)
            notes[criterionId] =
              `Notiz zu Aussage ${c}: Übungszeiten, Größe der Halle, Anmeldung über Анна.`;
          if (o.stepsFrom !== null && i >= o.stepsFrom && c % 4 === 0)
            tx.objectStore('measures').put({
              id: `${id}/${criterionId}`,
              clubId: o.clubId,
              assessmentId: id,
              criterionId,
              text: `Schritt ${c} im Bereich ${a} angehen`,
              who: 'Ayşe Çağlar',
              due: '2026-06-30',
              status: 'open',
              createdAt: stamp,
              updatedAt: stamp,
            });
        }
      }
      tx.objectStore('assessments').put({
        id,
        clubId: o.clubId,
        editionId: 'bench-60',
        editionVersion: 1,
        date,
        status: 'done',
        lastArea: 0,
        ratings: snapshot,
        ...(o.notes ? { notes } : {}),
        createdAt: stamp,
        updatedAt: stamp,
        finishedAt: stamp,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return id;
  }, options);
}

/** Hash navigation from the club page to the fully rendered progress page, in ms, measured in the page. */
async function progressTimes(page, clubId, runs) {
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    await page.evaluate((id) => (location.hash = `#/vereine/${id}`), clubId);
    await page.getByRole('heading', { level: 1, name: 'Messverein 100' }).waitFor();
    times.push(
      await page.evaluate(
        (id) =>
          new Promise((resolve) => {
            const t0 = performance.now();
            const done = () => document.getElementById('compare-title');
            const observer = new MutationObserver(() => {
              if (!done()) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, { childList: true, subtree: true });
            location.hash = `#/vereine/${id}/fortschritt`;
          }),
        clubId,
      ),
    );
  }
  return times;
}

/** 1,000 anonymous files of the shipped edition over 8 quarters, 5 categories and 3 size bands. */
async function benchAnonymousFiles(count) {
  const edition = JSON.parse(await readFile('src/domain/editions/ni-ampelbogen-v1.json', 'utf8'));
  const ids = edition.areas.flatMap((a) => a.criteria.map((c) => c.id));
  const lights = ['green', 'yellow', 'red', 'na'];
  const categories = ['sport', 'kultur', 'religion', 'soziales', 'nachbarschaft'];
  const sizes = ['bis-20', '21-100', '101-500'];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = (list) => list[Math.floor(random() * list.length)];
  return Array.from({ length: count }, (_, n) => {
    const ratings = {};
    for (const id of ids) if (random() > 0.1) ratings[id] = pick(lights);
    const hex = n.toString(16).padStart(12, '0');
    return JSON.stringify({
      format: 'ampelbogen-anonym',
      version: 1,
      fileId: `${hex.slice(4)}-4e5f-4a6b-8c7d-${hex}`,
      appVersion: '0.1.0',
      edition: { id: edition.id, version: edition.version },
      period: `${2025 + Math.floor(n / 500)}-Q${1 + (n % 4)}`,
      club: { category: pick(categories), sizeBand: pick(sizes) },
      ratings,
    });
  });
}

/**
 * The office view in a desktop Chromium. Import: from the change event of the
 * file input (1,000 files) to the figures painted, after emptying the office
 * database each run. Filter: from a select's change event to the updated view painted.
 */
async function officeTimes(baseUrl, importRuns, filterRuns) {
  const texts = await benchAnonymousFiles(1000);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const imports = [];
  for (let run = 0; run < importRuns; run += 1) {
    await page.goto(`${baseUrl}#/auswertung`);
    await page.evaluate(
      () =>
        new Promise((resolve, reject) => {
          const r = indexedDB.deleteDatabase('ampelbogen-auswertung');
          r.onsuccess = resolve;
          r.onerror = () => reject(r.error);
        }),
    );
    await page.reload();
    await page.getByText('Noch keine Rückmeldung übernommen.').waitFor();
    imports.push(
      await page.evaluate(
        (list) =>
          new Promise((resolve) => {
            const dt = new DataTransfer();
            list.forEach((text, i) =>
              dt.items.add(new File([text], `r-${i}.json`, { type: 'application/json' })),
            );
            const input = document.getElementById('office-files');
            input.files = dt.files;
            const done = () =>
              document
                .querySelector('[data-testid="office-basis"]')
                ?.textContent?.includes('von 1000 Rückmeldungen') &&
              document.body.textContent.includes('1000 übernommen');
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (!done()) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(document.body, {
              childList: true,
              subtree: true,
              characterData: true,
            });
            input.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        texts,
      ),
    );
  }
  const filters = [];
  const steps = [
    ['office-category', 'sport'],
    ['office-size', 'bis-20'],
    ['office-category', 'all'],
    ['office-from', '2026-Q1'],
    ['office-size', 'all'],
    ['office-from', '2025-Q1'],
  ];
  for (let i = 0; i < filterRuns; i += 1) {
    const [id, value] = steps[i % steps.length];
    filters.push(
      await page.evaluate(
        ([selectId, v]) =>
          new Promise((resolve) => {
            const basis = document.querySelector('[data-testid="office-basis"]');
            const before = basis.textContent;
            const t0 = performance.now();
            const observer = new MutationObserver(() => {
              if (basis.textContent === before) return;
              observer.disconnect();
              requestAnimationFrame(() => resolve(performance.now() - t0));
            });
            observer.observe(basis, { childList: true, subtree: true, characterData: true });
            const select = document.getElementById(selectId);
            select.value = v;
            select.dispatchEvent(new Event('change', { bubbles: true }));
          }),
        [id, value],
      ),
    );
  }
  await browser.close();
  return { imports, filters };
}

function printOffice({ imports, filters }) {
  console.log(`Auswertung, 1,000 anonymous files of the shipped edition (Chromium, 1280 px)`);
  console.log(
    `  import (change event to figures painted, ${imports.length} runs): p50 ${median(imports).toFixed(0)} ms, max ${Math.max(...imports).toFixed(0)} ms   target < 3000 ms`,
  );
  console.log(
    `  filter change to updated view painted (${filters.length} changes): p50 ${median(filters).toFixed(1)} ms, p95 ${quantile(filters, 0.95).toFixed(1)} ms   target < 100 ms`,
  );
}

/**
 * A backup: 50 clubs with 20 finished assessments each (1,000), every
 * assessment with 60 answers with a light (a tenth of them with a
 * 120-character note) and 3 open next steps, plus the 60-criterion edition.
 * Version 1 (as every app before backup format 2 wrote it) carries the 60,000
 * answers as rows, which the restore folds into the assessments; version 2 (as
 * the app writes it now) carries them in the assessments' ratings and notes.
 */
function benchBackup(version = 2) {
  const edition = benchEdition();
  const criteria = edition.areas.flatMap((a) => a.criteria.map((c) => c.id));
  const ratings = ['green', 'yellow', 'red', 'na'];
  const stamp = '2026-03-01T09:00:00.000Z';
  const note =
    'Beim nächsten Treffen mit dem Vorstand und den Übungsleiter*innen besprechen, wer das übernimmt und bis wann es klappt.'.slice(
      0,
      120,
    );
  const backup = {
    format: 'ampelbogen-sicherung',
    version,
    createdAt: '2026-03-14T09:00:00.000Z',
    appVersion: 'bench',
    clubs: [],
    assessments: [],
    answers: [],
    measures: [],
    editions: [{ importedAt: stamp, edition }],
    settings: { defaultEdition: 'bench-60@1' },
  };
  for (let c = 0; c < 50; c += 1) {
    const clubId = `club-${c}`;
    backup.clubs.push({
      id: clubId,
      name: `Messverein ${c + 1}`,
      category: 'sport',
      sizeBand: '21-100',
      createdAt: stamp,
      updatedAt: stamp,
    });
    for (let i = 0; i < 20; i += 1) {
      const id = `${clubId}-a${i}`;
      const snapshot = {};
      const notes = {};
      criteria.forEach((criterionId, k) => {
        const rating = ratings[(c + i + k) % 4];
        snapshot[criterionId] = rating;
        if (k % 10 === 0) notes[criterionId] = note;
        if (version === 1)
          backup.answers.push({
            assessmentId: id,
            criterionId,
            rating,
            ...(k % 10 === 0 ? { note } : {}),
            updatedAt: stamp,
          });
      });
      for (const criterionId of criteria.slice(0, 3)) {
        backup.measures.push({
          id: `${id}/${criterionId}`,
          clubId,
          assessmentId: id,
          criterionId,
          text: 'Ansprechperson für neue Mitglieder benennen',
          status: 'open',
          createdAt: stamp,
          updatedAt: stamp,
        });
      }
      backup.assessments.push({
        id,
        clubId,
        editionId: 'bench-60',
        editionVersion: 1,
        date: new Date(Date.UTC(2024, 0, 1 + i * 30)).toISOString().slice(0, 10),
        status: 'done',
        lastArea: 0,
        createdAt: stamp,
        updatedAt: stamp,
        finishedAt: stamp,
        ratings: snapshot,
        ...(version === 2 ? { notes } : {}),
      });
    }
  }
  return JSON.stringify(backup);
}

/**
 * Restores the backup on an empty device (a fresh browser profile per run),
 * timed in the page: the file input's change event to the preview, plus the tap
 * on "Alles ersetzen" to the message that the transaction committed.
 */
async function restoreTimes(baseUrl, text, runs) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const times = [];
  try {
    for (let r = 0; r < runs; r += 1) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}#/einstellungen`);
      await page.getByRole('region', { name: 'Sicherung', exact: true }).waitFor();
      await page.evaluate(() => {
        const input = document.getElementById('backup-file');
        window.__restore = new Promise((resolve) => {
          input.addEventListener(
            'change',
            () => {
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                const replace = [...document.querySelectorAll('button')].find(
                  (b) => b.textContent === 'Alles ersetzen',
                );
                if (replace && !window.__tapped) {
                  window.__tapped = performance.now();
                  replace.click();
                }
                const done = [...document.querySelectorAll('[role="status"]')].some((s) =>
                  s.textContent.startsWith('Sicherung eingespielt'),
                );
                if (done) {
                  observer.disconnect();
                  resolve({
                    check: window.__tapped - t0,
                    write: performance.now() - window.__tapped,
                  });
                }
              });
              observer.observe(document.body, {
                childList: true,
                subtree: true,
                characterData: true,
              });
            },
            { once: true },
          );
        });
      });
      await page.locator('#backup-file').setInputFiles({
        name: 'ampelbogen-sicherung-2026-03-14.json',
        mimeType: 'application/json',
        buffer: Buffer.from(text),
      });
      times.push(await page.evaluate(() => window.__restore));
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

/**
 * The app's IndexedDB schema v4, as Dexie declares it in src/storage/db.ts:
 * per store its primary key and its indexes. A name in brackets is a compound
 * key path ("[a+b]" is ['a', 'b']), named as Dexie names it.
 */
const V4_STORES = {
  clubs: ['id', ['name', 'updatedAt']],
  assessments: ['id', ['clubId', '[clubId+date]', 'status', 'updatedAt']],
  answers: ['[assessmentId+criterionId]', ['assessmentId', 'updatedAt']],
  editions: ['key', ['id']],
  meta: ['key', []],
  measures: ['id', ['clubId', 'assessmentId', '[clubId+criterionId]', 'updatedAt']],
};

/**
 * Writes, with the browser's own IndexedDB API, a database as schema v4 left
 * it (Dexie's version 4 is native version 40): the shipped edition, 50 clubs
 * with 40 finished assessments each (2,000), every assessment with its v3
 * snapshot of lights and 50 answer rows, each with a light and every tenth
 * with a note.
 */
async function seedVersion4(page, edition) {
  await page.evaluate(
    async ({ stores, edition }) => {
      const db = await new Promise((resolve, reject) => {
        const r = indexedDB.open('ampelbogen', 40);
        r.onupgradeneeded = () => {
          const path = (name) => (name.startsWith('[') ? name.slice(1, -1).split('+') : name);
          for (const [name, [key, indexes]] of Object.entries(stores)) {
            const store = r.result.createObjectStore(name, { keyPath: path(key) });
            for (const index of indexes)
              store.createIndex(index, path(index), { unique: false, multiEntry: false });
          }
        };
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const criteria = edition.areas.flatMap((a) => a.criteria.map((c) => c.id));
      const lights = ['green', 'yellow', 'red', 'na'];
      const stamp = '2025-11-20T18:00:00.000Z';
      const tx = db.transaction(['clubs', 'assessments', 'answers', 'editions'], 'readwrite');
      tx.objectStore('editions').put({
        key: `${edition.id}@${edition.version}`,
        id: edition.id,
        version: edition.version,
        importedAt: stamp,
        edition,
      });
      for (let c = 0; c < 50; c += 1) {
        const clubId = `club-${String(c).padStart(2, '0')}`;
        tx.objectStore('clubs').put({
          id: clubId,
          name: `Messverein ${c + 1}`,
          category: 'sport',
          sizeBand: '21-100',
          createdAt: stamp,
          updatedAt: stamp,
        });
        for (let i = 0; i < 40; i += 1) {
          const id = `${clubId}-a${String(i).padStart(2, '0')}`;
          const ratings = {};
          criteria.forEach((criterionId, k) => {
            const rating = lights[(c + i + k) % 4];
            ratings[criterionId] = rating;
            tx.objectStore('answers').put({
              assessmentId: id,
              criterionId,
              rating,
              ...(k % 10 === 0
                ? { note: `Notiz ${k}: mit den Übungsleiter*innen besprechen.` }
                : {}),
              updatedAt: stamp,
            });
          });
          tx.objectStore('assessments').put({
            id,
            clubId,
            editionId: edition.id,
            editionVersion: edition.version,
            date: new Date(Date.UTC(2022, 0, 1 + i * 30)).toISOString().slice(0, 10),
            status: 'done',
            lastArea: 0,
            createdAt: stamp,
            updatedAt: stamp,
            finishedAt: stamp,
            ratings,
          });
        }
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    { stores: V4_STORES, edition },
  );
}

/**
 * The upgrade of a v4 database at start: per run a fresh browser context whose
 * IndexedDB is seeded at v4 (on a blank page of the app's origin, so the app
 * does not open it first), then the time from navigation to the club list with
 * all 50 clubs rendered, measured in the page; then a reload, the next start
 * without upgrade, measured the same way.
 */
async function upgradeTimes(baseUrl, runs) {
  const edition = JSON.parse(await readFile('src/domain/editions/ni-ampelbogen-v1.json', 'utf8'));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const upgrades = [];
  const nextStarts = [];
  try {
    for (let r = 0; r < runs; r += 1) {
      const context = await browser.newContext({
        viewport: { width: 360, height: 740 },
        hasTouch: true,
        isMobile: true,
      });
      await context.route('**/__seed__', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>seed</title>' }),
      );
      await context.addInitScript(() => {
        const listed = () =>
          document.querySelectorAll('ul[aria-label="Vereine"] > li').length === 50;
        const observer = new MutationObserver(() => {
          if (!listed()) return;
          observer.disconnect();
          window.__listedAt = performance.now();
        });
        observer.observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      await page.goto(`${baseUrl}__seed__`);
      await seedVersion4(page, edition);
      const listedAt = async () => {
        await page.waitForFunction(() => window.__listedAt !== undefined, null, {
          timeout: 120_000,
        });
        return page.evaluate(() => window.__listedAt);
      };
      await page.goto(baseUrl);
      upgrades.push(await listedAt());
      await page.reload();
      nextStarts.push(await listedAt());
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return { upgrades, nextStarts };
}

function printUpgrade({ upgrades, nextStarts }) {
  console.log(
    `Database upgrade v4 → current, 2,000 assessments × 50 answers (50 clubs) (Chromium, fresh profile per run, ${upgrades.length} runs)`,
  );
  console.log(
    `  navigation to club list rendered: median ${median(upgrades).toFixed(0)} ms (min ${Math.min(...upgrades).toFixed(0)}, max ${Math.max(...upgrades).toFixed(0)}); next start without upgrade: median ${median(nextStarts).toFixed(0)} ms   target <= 5000 ms`,
  );
}

async function lighthouse(url, runs) {
  const results = [];
  for (let i = 0; i < runs; i += 1) {
    const out = execFileSync(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--output=json',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new ${FLAGS.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(out.toString());
    results.push({
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      bestPractices: Math.round(lhr.categories['best-practices'].score * 100),
      lcp: lhr.audits['largest-contentful-paint'].numericValue,
    });
  }
  return {
    performance: median(results.map((r) => r.performance)),
    accessibility: median(results.map((r) => r.accessibility)),
    bestPractices: median(results.map((r) => r.bestPractices)),
    lcp: median(results.map((r) => r.lcp)),
    runs: results,
  };
}

if (!args.has('--no-build')) {
  run('npx', ['vite', 'build', '--logLevel', 'warn']);
  run('npx', [
    'vite',
    'build',
    '--logLevel',
    'warn',
    '--config',
    'scripts/baseline/vite.config.ts',
  ]);
}

const DIST = process.env.BENCH_DIST ?? 'dist';
const app = await initialAssets(DIST);
const empty = await initialAssets('reports/baseline');
console.log('Initial assets (gzip -9 bytes, loaded by index.html)');
console.log(
  `  app:        JS ${app.js} B (${(app.js / 1024).toFixed(1)} KB), CSS files ${app.css} B, index.html with inlined CSS and prerendered start screen ${app.html} B   target JS <= 60 KB`,
);
console.log(
  `  empty page: JS ${empty.js} B (${(empty.js / 1024).toFixed(1)} KB), CSS files ${empty.css} B, index.html ${empty.html} B`,
);

/** Lighthouse for the app and the empty page of the same stack, medians of LIGHTHOUSE_RUNS. */
async function printLighthouse(appUrl, emptyUrl) {
  const runs = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
  const a = await lighthouse(appUrl, runs);
  const e = await lighthouse(emptyUrl, runs);
  console.log(`Lighthouse, mobile defaults, median of ${runs} runs`);
  console.log(
    `  app:        performance ${a.performance}, accessibility ${a.accessibility}, best practices ${a.bestPractices}, LCP ${Math.round(a.lcp)} ms`,
  );
  console.log(
    `  empty page: performance ${e.performance}, accessibility ${e.accessibility}, best practices ${e.bestPractices}, LCP ${Math.round(e.lcp)} ms`,
  );
  console.log(
    `  LCP difference: ${Math.round(a.lcp - e.lcp)} ms   target: 100 / 100 / 100, LCP within 200 ms of the empty page`,
  );
}

function printTaps(taps) {
  console.log(`Tap to "gespeichert" (${taps.length} taps, 60-criterion edition, Chromium)`);
  console.log(
    `  p50 ${median(taps).toFixed(1)} ms, p95 ${quantile(taps, 0.95).toFixed(1)} ms, max ${Math.max(...taps).toFixed(1)} ms   target p95 < 16 ms`,
  );
}

/** The figures the arguments ask for; --office-only, --upgrade-only and --lighthouse-only measure one part. */
async function measure(appUrl, emptyUrl) {
  if (args.has('--office-only')) {
    printOffice(await officeTimes(appUrl, 5, 30));
    return;
  }
  if (args.has('--upgrade-only')) {
    printUpgrade(await upgradeTimes(appUrl, Number(process.env.UPGRADE_RUNS ?? 3)));
    return;
  }
  if (args.has('--lighthouse-only')) {
    await printLighthouse(appUrl, emptyUrl);
    return;
  }
  if (args.has('--taps-only')) {
    const { taps } = await tapTimes(appUrl, 200, {
      tapsOnly: true,
      tapGap: Number(process.env.TAP_GAP_MS ?? 0),
    });
    printTaps(taps);
    return;
  }
  // --restore-only measures just the restore (for profiling it).
  const { taps, progress, pdf } = args.has('--restore-only')
    ? { taps: [], progress: [], pdf: null }
    : await tapTimes(appUrl, 200);
  if (pdf) {
    printTaps(taps);
    console.log(
      'Progress page, club with 100 finished assessments of 60 criteria (30 navigations, Chromium)',
    );
    console.log(
      `  navigation to rendered page: p50 ${median(progress).toFixed(1)} ms, p95 ${quantile(progress, 0.95).toFixed(1)} ms   target < 100 ms`,
    );
    console.log(
      'PDF report, club with 20 finished assessments of 60 criteria (Chromium, click to saved file)',
    );
    console.log(
      `  median ${median(pdf.warm).toFixed(0)} ms over ${pdf.warm.length} runs (min ${Math.min(...pdf.warm).toFixed(0)}, max ${Math.max(...pdf.warm).toFixed(0)}), first run with chunk and font load ${pdf.first.toFixed(0)} ms, PDF ${pdf.size} B   target < 1000 ms`,
    );
    const js = pdf.files.filter((f) => f.path.endsWith('.js'));
    const fonts = pdf.files.filter((f) => f.path.endsWith('.ttf'));
    console.log(
      `  lazily loaded JS: ${js.map((f) => `${f.path} ${f.gzip} B gzip`).join(', ')}; total ${js.reduce((n, f) => n + f.gzip, 0)} B gzip   target <= 170 KB`,
    );
    console.log(`  font files: ${fonts.map((f) => `${f.path} ${f.bytes} B`).join(', ')}`);
  }
  for (const version of [1, 2]) {
    const backupText = benchBackup(version);
    const restores = await restoreTimes(appUrl, backupText, Number(process.env.RESTORE_RUNS ?? 5));
    const totals = restores.map((r) => r.check + r.write);
    const shape =
      version === 1
        ? 'format 1, 60,000 answer rows folded on restore'
        : 'format 2, answers inside the assessments';
    console.log(
      `Restore of a backup, 50 clubs, 1,000 assessments, 60,000 answers, 3,000 steps (${shape}; ${(backupText.length / 1024 / 1024).toFixed(1)} MB, empty device, ${restores.length} runs, Chromium)`,
    );
    console.log(
      `  file chosen to transaction committed: median ${median(totals).toFixed(0)} ms (read and check ${median(restores.map((r) => r.check)).toFixed(0)} ms, write ${median(restores.map((r) => r.write)).toFixed(0)} ms), max ${Math.max(...totals).toFixed(0)} ms   target < 3000 ms`,
    );
  }
  if (!args.has('--restore-only')) {
    printUpgrade(await upgradeTimes(appUrl, Number(process.env.UPGRADE_RUNS ?? 3)));
    printOffice(await officeTimes(appUrl, 5, 30));
  }
  if (!args.has('--no-lighthouse')) await printLighthouse(appUrl, emptyUrl);
}

// BENCH_PORT lets a second checkout measure at the same time.
const port = Number(process.env.BENCH_PORT ?? 4180);
const appServer = serve(DIST, port);
const emptyServer = serve('reports/baseline', port + 1);
try {
  await Promise.all([waitFor(appServer.url), waitFor(emptyServer.url)]);
  await measure(appServer.url, emptyServer.url);
} finally {
  appServer.stop();
  emptyServer.stop();
}
