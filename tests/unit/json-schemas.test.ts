import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { editionSchema } from '../../src/domain/edition-schema';
import { anonymousFileSchema } from '../../src/files/anonymous-file';
import { BACKUP_VERSION, backupSchema } from '../../src/files/backup-file';
import { readRoundCode, roundCodeSchemaV1 } from '../../src/files/round-code';

// The JSON Schemas under docs/ are generated from the zod schemas the app
// validates with. `npm run schemas` rewrites them; this test fails when a
// schema changed without its published file.

const published: { file: string; schema: z.ZodType }[] = [
  { file: 'anonymous-file.schema.json', schema: anonymousFileSchema },
  { file: 'backup.schema.json', schema: backupSchema },
  { file: 'edition.schema.json', schema: editionSchema },
  { file: 'round-code.schema.json', schema: roundCodeSchemaV1 },
];

const update = process.env.UPDATE_SCHEMAS === '1';

describe('published JSON Schemas', () => {
  for (const { file, schema } of published) {
    it(`docs/${file} matches the zod schema`, () => {
      const path = fileURLToPath(new URL(`../../docs/${file}`, import.meta.url));
      const generated = `${JSON.stringify(z.toJSONSchema(schema, { io: 'input' }), null, 2)}\n`;
      if (update) writeFileSync(path, generated);
      expect(readFileSync(path, 'utf8')).toBe(generated);
    });
  }
});

describe('the examples in the format documents', () => {
  const example = (doc: string): unknown => {
    const path = fileURLToPath(new URL(`../../docs/${doc}`, import.meta.url));
    const block = /```json\n([\s\S]*?)```/.exec(readFileSync(path, 'utf8'));
    return JSON.parse(block![1]!) as unknown;
  };

  it('docs/edition-format.md shows a valid edition', () => {
    expect(editionSchema.safeParse(example('edition-format.md')).success).toBe(true);
  });

  it('docs/anonymous-file.md shows a valid anonymous file', () => {
    expect(anonymousFileSchema.safeParse(example('anonymous-file.md')).success).toBe(true);
  });

  it('docs/round-code.md shows codes that read as the envelopes beside them', () => {
    const path = fileURLToPath(new URL('../../docs/round-code.md', import.meta.url));
    const doc = readFileSync(path, 'utf8');
    const codes = [...doc.matchAll(/```text\n(.*?)\n```/g)].map((m) => m[1]!);
    const envelopes = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => JSON.parse(m[1]!));
    expect(codes).toHaveLength(2);
    codes.forEach((code, i) =>
      expect(readRoundCode(code)).toEqual({ ok: true, value: envelopes[i] }),
    );
  });
});

describe('the backup documents', () => {
  const read = (doc: string) =>
    readFileSync(fileURLToPath(new URL(`../../docs/${doc}`, import.meta.url)), 'utf8');

  it('name the version the app writes', () => {
    const schema = JSON.parse(read('backup.schema.json')) as {
      properties: { version: { const: unknown } };
    };
    expect(schema.properties.version.const).toBe(BACKUP_VERSION);
    const doc = read('backup-format.md');
    expect(doc.split('\n')[0]).toBe(
      `# The backup file (\`ampelbogen-sicherung\`, version ${BACKUP_VERSION})`,
    );
    expect(doc).toContain(`- **Version ${BACKUP_VERSION}**: `);
  });
});
