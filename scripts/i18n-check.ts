// npm run i18n:check: every catalog against the German reference, and every
// translation of the shipped edition against the German edition. Lists, per
// catalog, the keys it lacks, the keys German does not have, and texts whose
// placeholders differ from the German (a parameter the German text shows and
// the translation leaves out, or the other way round). Exits with 1 on any.
// With REPORT=path it also writes { passed, failed } (one per catalog) there.
import { readFileSync, writeFileSync } from 'node:fs';
import { LOCALES, type LocaleId } from '../src/locale';
import { wordsIn } from '../src/locale/catalogs';
import { compare, compareEdition, type Tree } from './i18n-compare';

/** The shipped edition whose translations are checked: the newest. */
const NEWEST_EDITION = 'ni-ampelbogen-v3.json';

async function main() {
  const german = await wordsIn('de');
  // The statements' translations live in the newest shipped edition (format 3).
  const edition = JSON.parse(
    readFileSync(new URL(`../src/domain/editions/${NEWEST_EDITION}`, import.meta.url), 'utf8'),
  ) as Tree;
  const translations = (edition.translations ?? {}) as Record<string, Tree>;
  const translated = new Set(Object.keys(translations));
  let passed = 0;
  let failed = 0;
  for (const locale of LOCALES) {
    if (locale.id === 'de' || ('testOnly' in locale && locale.testOnly)) continue;
    const words = await wordsIn(locale.id as LocaleId);
    const problems: string[] = [];
    compare(german.t, words.t, 'core', problems);
    compare(german.tf, words.tf, 'files', problems);
    if (translated.has(locale.id)) {
      compareEdition(edition, translations[locale.id] as Tree, problems);
    } else problems.push(`edition: no translation in ${NEWEST_EDITION}`);
    if (problems.length === 0) {
      passed += 1;
      console.log(`${locale.id} (${locale.name}): complete`);
    } else {
      failed += 1;
      console.log(`${locale.id} (${locale.name}): ${problems.length} problems`);
      for (const p of problems) console.log(`  ${p}`);
    }
  }
  for (const id of translated)
    if (!LOCALES.some((l) => l.id === id)) {
      failed += 1;
      console.log(`edition translation "${id}": no such language in src/locale/locales.ts`);
    }
  console.log(`i18n: ${passed} catalogs complete, ${failed} with problems`);
  if (process.env.REPORT) writeFileSync(process.env.REPORT, JSON.stringify({ passed, failed }));
  process.exit(failed > 0 ? 1 : 0);
}

await main();
