// The comparisons of npm run i18n:check (scripts/i18n-check.ts), apart so that
// a test can hand them a broken catalog.

export type Tree = Record<string, unknown>;

/** Distinct values for the parameters: numbers first (counts decide plurals), texts where a function needs a string. */
const STRING_ARGS = Array.from({ length: 8 }, (_, i) => `⟪${i}⟫`);
const NUMBER_ARGS = Array.from({ length: 8 }, (_, i) => 7301 + i * 11);

/** The parameters a text shows, by position; undefined when it cannot be called with samples. */
function shownParameters(
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
): Set<number> | undefined {
  try {
    const out = String(fn(...args.slice(0, fn.length)));
    return new Set(
      args.slice(0, fn.length).flatMap((a, i) => (out.includes(String(a)) ? [i] : [])),
    );
  } catch {
    return undefined;
  }
}

export function compare(
  reference: unknown,
  other: unknown,
  path: string,
  problems: string[],
): void {
  // German leaves a few texts empty on purpose (an error a field cannot have): so may a translation.
  if (reference === '') return;
  if (typeof reference === 'function') {
    if (typeof other !== 'function')
      return void problems.push(`${path}: a text where German has a function of its parameters`);
    const fr = reference as (...args: unknown[]) => unknown;
    const fo = other as (...args: unknown[]) => unknown;
    if (fr.length !== fo.length)
      return void problems.push(`${path}: takes ${fo.length} parameters, German ${fr.length}`);
    for (const args of [NUMBER_ARGS, STRING_ARGS]) {
      const want = shownParameters(fr, args);
      if (!want) continue;
      const got = shownParameters(fo, args);
      if (!got) return void problems.push(`${path}: fails with parameters German takes`);
      const missing = [...want].filter((i) => !got.has(i));
      const extra = [...got].filter((i) => !want.has(i));
      if (missing.length)
        problems.push(`${path}: leaves out parameter ${missing.map((i) => i + 1).join(', ')}`);
      if (extra.length)
        problems.push(
          `${path}: shows parameter ${extra.map((i) => i + 1).join(', ')}, German does not`,
        );
      return;
    }
    return;
  }
  if (Array.isArray(reference)) {
    if (!Array.isArray(other)) problems.push(`${path}: not a list`);
    else if (other.some((x) => typeof x !== 'string' || x.trim() === ''))
      problems.push(`${path}: an empty entry`);
    return;
  }
  if (reference && typeof reference === 'object') {
    if (!other || typeof other !== 'object') return void problems.push(`${path}: missing`);
    const r = reference as Tree;
    const o = other as Tree;
    for (const key of Object.keys(r)) {
      if (!(key in o)) problems.push(`${path}.${key}: missing`);
      else compare(r[key], o[key], `${path}.${key}`, problems);
    }
    for (const key of Object.keys(o))
      if (!(key in r)) problems.push(`${path}.${key}: extra (German has no such key)`);
    return;
  }
  if (typeof other !== 'string') problems.push(`${path}: not a text`);
  else if (other.trim() === '') problems.push(`${path}: empty`);
}

/** The translation of the shipped edition for one language against the German edition's ids and texts. */
export function compareEdition(german: Tree, texts: Tree, problems: string[]): void {
  const areas = german.areas as {
    id: string;
    title: string;
    description?: string;
    criteria: { id: string; text: string; hint?: string; ideas?: string[] }[];
  }[];
  const want: [string, string[]][] = [
    ...areas.map((a): [string, string[]] => [
      `areas.${a.id}`,
      ['title', ...(a.description ? ['description'] : [])],
    ]),
    ...areas.flatMap((a) =>
      a.criteria.map((c): [string, string[]] => [
        `criteria.${c.id}`,
        ['text', ...(c.hint ? ['hint'] : []), ...(c.ideas ? ['ideas'] : [])],
      ]),
    ),
    ...(german.dimensions as { id: string; short?: string }[]).map((d): [string, string[]] => [
      `dimensions.${d.id}`,
      ['label', ...(d.short ? ['short'] : [])],
    ]),
    ...(german.scale as { ratings: { id: string }[] }).ratings.map((r): [string, string[]] => [
      `ratings.${r.id}`,
      ['label', 'meaning'],
    ]),
  ];
  const at = (path: string) =>
    path
      .split('.')
      .reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Tree)[k] : undefined), texts);
  for (const [path, fields] of want) {
    const entry = at(path) as Tree | undefined;
    if (!entry) {
      problems.push(`edition ${path}: missing`);
      continue;
    }
    for (const f of fields) if (!(f in entry)) problems.push(`edition ${path}.${f}: missing`);
  }
  for (const part of ['areas', 'criteria', 'dimensions', 'ratings']) {
    for (const id of Object.keys((texts[part] as Tree | undefined) ?? {}))
      if (!want.some(([p]) => p === `${part}.${id}`))
        problems.push(`edition ${part}.${id}: extra (the edition has no such id)`);
  }
  for (const a of areas)
    for (const c of a.criteria) {
      const ideas = (at(`criteria.${c.id}`) as Tree | undefined)?.ideas as unknown[] | undefined;
      if (c.ideas && ideas && ideas.length !== c.ideas.length)
        problems.push(
          `edition criteria.${c.id}.ideas: ${ideas.length} ideas, German ${c.ideas.length}`,
        );
    }
}
