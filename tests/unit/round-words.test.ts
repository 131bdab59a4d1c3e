import { describe, expect, it } from 'vitest';
import { readRoundCode } from '../../src/files/round-code';
import type { FileRefusal } from '../../src/files/problems';
import { describeRoundProblem } from '../../src/ui/round/round-words';

// A scanned QR code of another app (a web address, a ticket) is no typing
// error: it is said to be no code of the app. Typed, the same symbols are
// named so the user can correct them.

const refusal = (text: string): FileRefusal => {
  const read = readRoundCode(text);
  if (read.ok) throw new Error('expected a refusal');
  return read;
};

describe('why a round code was not taken', () => {
  it('tells a scanned foreign QR code from a mistyped code', () => {
    const foreign = { code: 'refused', refusal: refusal('https://example.org/') } as const;
    expect(describeRoundProblem(foreign, 'scan')).toBe(
      'Dieser QR-Code gehört nicht zum Ampelbogen.',
    );
    expect(describeRoundProblem(foreign, 'typed')).toBe(
      'Diese Zeichen kommen in einem Code nicht vor: „:“ „/“ „.“. Prüft die Eingabe.',
    );
  });

  it('says which edition a joining phone lacks and where to get it', () => {
    const text = describeRoundProblem(
      { code: 'edition-missing', edition: { id: 'ni-ampelbogen', version: 7 } },
      'scan',
    );
    expect(text).toContain('„ni-ampelbogen“ in Version 7');
    expect(text).toContain('Einstellungen → Ausgaben');
  });
});
