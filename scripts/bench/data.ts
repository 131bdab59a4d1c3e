import { readFileSync } from 'node:fs';
import type { Backup, BackupV1 } from '../../src/files/backup-file';
import type { Edition, EditionV1, RatingId } from '../../src/domain/edition-schema';
import type { Assessment, Club, Measure } from '../../src/domain/entities';

// The data the figures are measured on, generated: an edition of 60
// statements, backup files the app restores (to seed the device through its
// own restore), and anonymous files for the Auswertung.

const LIGHTS = ['green', 'yellow', 'red', 'na'] as const satisfies readonly RatingId[];
const STAMP = '2026-03-01T09:00:00.000Z';
const DAY = 86_400_000;

/** The edition the app ships. */
export function shippedEdition(): Edition {
  const file = new URL('../../src/domain/editions/ni-ampelbogen-v2.json', import.meta.url);
  return JSON.parse(readFileSync(file, 'utf8')) as Edition;
}

/** 6 areas ("Bereich 1" …) of 10 statements ("Wir prüfen Aussage c in Bereich a."). */
export function benchEdition(): EditionV1 {
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
    areas: Array.from({ length: 6 }, (_, a) => ({
      id: `bereich-${a + 1}`,
      title: `Bereich ${a + 1}`,
      criteria: Array.from({ length: 10 }, (_, c) => ({
        id: `bereich-${a + 1}-${String(c + 1).padStart(2, '0')}`,
        text: `Wir prüfen Aussage ${c + 1} in Bereich ${a + 1}.`,
        dimensions: ['migration'],
      })),
    })),
  };
}

const criteriaOf = (edition: Edition) => edition.areas.flatMap((a) => a.criteria);

function club(id: string, name: string, sizeBand: Club['sizeBand'] = '101-500'): Club {
  return { id, name, category: 'sport', sizeBand, createdAt: STAMP, updatedAt: STAMP };
}

/** A club of the seed with its finished assessments of the bench edition. */
interface SeedClub {
  club: Club;
  assessments: Assessment[];
  measures: Measure[];
}

/**
 * count finished assessments, days apart from firstDay; with notes, every
 * third statement has one; from assessment stepsFrom on, every fourth
 * statement has an open next step.
 */
function finishedClub(o: {
  id: string;
  name: string;
  idPrefix: string;
  count: number;
  firstDay: number;
  daysApart: number;
  notes: boolean;
  stepsFrom: number | null;
}): SeedClub {
  const criteria = criteriaOf(benchEdition());
  const assessments: Assessment[] = [];
  const measures: Measure[] = [];
  for (let i = 0; i < o.count; i += 1) {
    const id = `${o.idPrefix}${String(i).padStart(2, '0')}`;
    const ratings: Record<string, RatingId> = {};
    const notes: Record<string, string> = {};
    criteria.forEach(({ id: criterionId }, k) => {
      const a = Math.floor(k / 10) + 1;
      const c = (k % 10) + 1;
      ratings[criterionId] = LIGHTS[(i + a * c) % 4] ?? 'na';
      if (o.notes && c % 3 === 0)
        notes[criterionId] =
          `Notiz zu Aussage ${c}: Übungszeiten, Größe der Halle, Anmeldung über Анна.`;
      if (o.stepsFrom !== null && i >= o.stepsFrom && c % 4 === 0)
        measures.push({
          id: `${id}/${criterionId}`,
          clubId: o.id,
          assessmentId: id,
          criterionId,
          text: `Schritt ${c} im Bereich ${a} angehen`,
          who: 'Ayşe Çağlar',
          due: '2026-06-30',
          status: 'open',
          createdAt: STAMP,
          updatedAt: STAMP,
        });
    });
    assessments.push({
      id,
      clubId: o.id,
      editionId: 'bench-60',
      editionVersion: 1,
      date: new Date(o.firstDay + i * o.daysApart * DAY).toISOString().slice(0, 10),
      status: 'done',
      lastArea: 0,
      ratings,
      ...(o.notes ? { notes } : {}),
      createdAt: STAMP,
      updatedAt: STAMP,
      finishedAt: STAMP,
    });
  }
  return { club: club(o.id, o.name), assessments, measures };
}

/** The clubs of the seed backup, by what they are measured with. */
export const SEED = {
  taps: { id: 'bench-taps', name: 'Tippverein' },
  progress: { id: 'bench-club', name: 'Messverein 100' },
  pdf: { id: 'bench-pdf-club', name: 'Messverein PDF Ayşe Größe', newest: 'bench-pdf-19' },
} as const;

/**
 * The backup file the tap, progress and PDF figures start from, restored
 * through the settings: the bench edition (chosen for new assessments), a club
 * without assessments to tap in, a club with 100 finished assessments of 60
 * statements, and one with 20, notes and open next steps for the PDF.
 */
export function seedBackup(): string {
  const clubs = [
    finishedClub({
      id: SEED.progress.id,
      name: SEED.progress.name,
      idPrefix: 'bench-',
      count: 100,
      firstDay: Date.UTC(2020, 0, 1),
      daysApart: 14,
      notes: false,
      stepsFrom: null,
    }),
    finishedClub({
      id: SEED.pdf.id,
      name: SEED.pdf.name,
      idPrefix: 'bench-pdf-',
      count: 20,
      firstDay: Date.UTC(2024, 0, 1),
      daysApart: 30,
      notes: true,
      stepsFrom: 17,
    }),
  ];
  const backup: Backup = {
    format: 'ampelbogen-sicherung',
    version: 4,
    createdAt: '2026-03-14T09:00:00.000Z',
    appVersion: 'bench',
    clubs: [club(SEED.taps.id, SEED.taps.name), ...clubs.map((c) => c.club)],
    assessments: clubs.flatMap((c) => c.assessments),
    answers: [],
    measures: clubs.flatMap((c) => c.measures),
    editions: [{ importedAt: STAMP, edition: benchEdition() }],
    settings: { defaultEdition: 'bench-60@1' },
  };
  return JSON.stringify(backup);
}

/**
 * The backup the restore figure restores: 50 clubs with 20 finished
 * assessments each (1,000), every assessment with 60 answers with a light (a
 * tenth of them with a 120-character note) and 3 open next steps, plus the
 * 60-criterion edition. Version 1 (as every app before backup format 2 wrote
 * it) carries the 60,000 answers as rows, which the restore folds into the
 * assessments; version 4 (as the app writes it now, the same records as
 * version 2) carries them in the assessments' ratings and notes.
 */
export function restoreBackup(version: 1 | 4): string {
  const edition = benchEdition();
  const criteria = criteriaOf(edition).map((c) => c.id);
  const note =
    'Beim nächsten Treffen mit dem Vorstand und den Übungsleiter*innen besprechen, wer das übernimmt und bis wann es klappt.'.slice(
      0,
      120,
    );
  const clubs: Club[] = [];
  const assessments: Assessment[] = [];
  const answers: Backup['answers'] = [];
  const measures: Measure[] = [];
  for (let c = 0; c < 50; c += 1) {
    const clubId = `club-${c}`;
    clubs.push(club(clubId, `Messverein ${c + 1}`, '21-100'));
    for (let i = 0; i < 20; i += 1) {
      const id = `${clubId}-a${i}`;
      const ratings: Record<string, RatingId> = {};
      const notes: Record<string, string> = {};
      criteria.forEach((criterionId, k) => {
        const rating = LIGHTS[(c + i + k) % 4] ?? 'na';
        ratings[criterionId] = rating;
        if (k % 10 === 0) notes[criterionId] = note;
        if (version === 1)
          answers.push({
            assessmentId: id,
            criterionId,
            rating,
            ...(k % 10 === 0 ? { note } : {}),
            updatedAt: STAMP,
          });
      });
      for (const criterionId of criteria.slice(0, 3))
        measures.push({
          id: `${id}/${criterionId}`,
          clubId,
          assessmentId: id,
          criterionId,
          text: 'Ansprechperson für neue Mitglieder benennen',
          status: 'open',
          createdAt: STAMP,
          updatedAt: STAMP,
        });
      assessments.push({
        id,
        clubId,
        editionId: 'bench-60',
        editionVersion: 1,
        date: new Date(Date.UTC(2024, 0, 1 + i * 30)).toISOString().slice(0, 10),
        status: 'done',
        lastArea: 0,
        createdAt: STAMP,
        updatedAt: STAMP,
        finishedAt: STAMP,
        ratings,
        ...(version === 4 ? { notes } : {}),
      });
    }
  }
  const common = {
    format: 'ampelbogen-sicherung' as const,
    createdAt: '2026-03-14T09:00:00.000Z',
    appVersion: 'bench',
    clubs,
    answers,
    measures,
    editions: [{ importedAt: STAMP, edition }],
    settings: { defaultEdition: 'bench-60@1' },
  };
  if (version === 1) {
    const v1: BackupV1 = {
      ...common,
      version: 1,
      assessments: assessments.map(({ notes: _notes, ...a }) => a),
    };
    return JSON.stringify(v1);
  }
  const current: Backup = { ...common, version: 4, assessments };
  return JSON.stringify(current);
}

/** count anonymous files of the shipped edition over 8 quarters, 5 categories and 3 size bands. */
export function anonymousFiles(count: number): string[] {
  const edition = shippedEdition();
  const ids = criteriaOf(edition).map((c) => c.id);
  const categories = ['sport', 'kultur', 'religion', 'soziales', 'nachbarschaft'];
  const sizes = ['bis-20', '21-100', '101-500'];
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  return Array.from({ length: count }, (_, n) => {
    const ratings: Record<string, RatingId> = {};
    for (const id of ids) if (random() > 0.1) ratings[id] = pick(LIGHTS);
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
