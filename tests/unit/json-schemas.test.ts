import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { format, resolveConfig } from 'prettier';
import { backupSchema } from '../../src/files/backup-file';

// The published JSON Schemas are generated from the zod schemas, the single
// source of each file format. This test fails when a file in docs/ is out of
// date; `npm run schemas` (UPDATE_SCHEMAS=1) writes them anew.

interface PublishedSchema {
  schema: z.ZodType;
  file: string;
  title: string;
}

const SCHEMAS: PublishedSchema[] = [
  { schema: backupSchema, file: 'docs/backup.schema.json', title: 'Ampelbogen: Sicherung' },
];

/** The schema as JSON, formatted as `npm run format` would leave it. */
async function generate({ schema, title, file }: PublishedSchema): Promise<string> {
  const json = { ...z.toJSONSchema(schema, { target: 'draft-2020-12' }), title };
  const options = await resolveConfig(file);
  return format(JSON.stringify(json), { ...options, filepath: file });
}

describe('published JSON Schemas', () => {
  it.each(SCHEMAS)('$file matches its zod schema', async (entry) => {
    const path = new URL(`../../${entry.file}`, import.meta.url);
    const generated = await generate(entry);
    if (process.env.UPDATE_SCHEMAS) writeFileSync(path, generated);
    expect(readFileSync(path, 'utf8')).toBe(generated);
  });
});
