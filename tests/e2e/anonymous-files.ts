import { shipped } from './edition';

// Anonymous files as clubs send them, generated from the shipped edition, and
// broken ones as they turn up in an inbox.

const LIGHTS = ['green', 'yellow', 'red', 'na'] as const;
const criterionIds = shipped.areas.flatMap((a) => a.criteria.map((c) => c.id));

/** A group of files: same quarter, category and size band. */
export interface Group {
  period: string;
  category: string;
  sizeBand: string;
  count: number;
}

/** 30 files in six groups; the last group has only 2 files and is held back. */
export const GROUPS: Group[] = [
  { period: '2026-Q1', category: 'sport', sizeBand: '21-100', count: 9 },
  { period: '2026-Q1', category: 'kultur', sizeBand: 'bis-20', count: 6 },
  { period: '2026-Q2', category: 'sport', sizeBand: '21-100', count: 6 },
  { period: '2026-Q2', category: 'religion', sizeBand: '101-500', count: 4 },
  { period: '2026-Q3', category: 'soziales', sizeBand: 'ueber-500', count: 3 },
  { period: '2026-Q3', category: 'bildung', sizeBand: 'bis-20', count: 2 },
];

/** A UUID (version 4) for file n. */
export const uuidFor = (n: number) =>
  `${n.toString(16).padStart(8, '0')}-4e5f-4a6b-8c7d-${n.toString(16).padStart(12, '0')}`;

/** The JSON of anonymous file n in a group; lights vary with n and the criterion. */
export function anonymousFile(
  n: number,
  group: Group,
  lightsOf = (n: number, c: number) => LIGHTS[(n + c) % 4],
) {
  const ratings: Record<string, string> = {};
  criterionIds.forEach((id, c) => {
    const light = lightsOf(n, c);
    if (light) ratings[id] = light;
  });
  return {
    format: 'ampelbogen-anonym',
    version: 1,
    fileId: uuidFor(n),
    appVersion: '0.1.0',
    edition: { id: shipped.id, version: shipped.version },
    period: group.period,
    club: { category: group.category, sizeBand: group.sizeBand },
    ratings,
  };
}

/** An in-memory file for setInputFiles. */
export function jsonFile(name: string, content: unknown) {
  const text = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

/** The 30 valid files of GROUPS. */
export function validFiles() {
  let n = 0;
  return GROUPS.flatMap((group) =>
    Array.from({ length: group.count }, () => {
      n += 1;
      return jsonFile(`rueckmeldung-${n}.json`, anonymousFile(n, group));
    }),
  );
}

const base = () => anonymousFile(999, GROUPS[0]!);

/** Five broken files, each with the start of the reason the app gives. */
export const brokenFiles = [
  {
    file: jsonFile('kaputt-kein-json.json', '{ "format": "ampelbogen-anonym", '),
    reason: 'keine gültige JSON-Datei',
  },
  {
    file: jsonFile('kaputt-anderes-format.json', { hello: 'world' }),
    reason: 'keine anonyme Rückmeldung',
  },
  {
    file: jsonFile('kaputt-zusatzfeld.json', {
      ...base(),
      fileId: uuidFor(1001),
      clubName: 'TV 1861',
    }),
    reason: 'unbekannte Felder',
  },
  {
    file: jsonFile(
      'kaputt-proto.json',
      `{"__proto__": {"x": 1}, ${JSON.stringify(base()).slice(1)}`,
    ),
    reason: 'unzulässiges Feld („__proto__“)',
  },
  {
    file: jsonFile('kaputt-zu-gross.json', { ...base(), padding: 'x'.repeat(70 * 1024) }),
    reason: 'zu groß',
  },
];
