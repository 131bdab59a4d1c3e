// The anonymous file of a finished assessment for the Integrationsbüro: made
// once for the screen, which shows exactly what it holds (its text, too), then
// saved or shared as that very file.
import { anonymousFileOf, type AnonymousFile, type AnonymousSource } from '../domain/anonymous';
import { anonymousFileName, serialiseAnonymousFile } from '../files/anonymous-file';
import { canShareFile, deliverFile, type Delivery } from '../files/deliver';
import type { Outcome } from './outcome';

export type { AnonymousFile, AnonymousSource, Delivery };

/** An anonymous file ready to be handed over, with what its preview shows. */
export interface PreparedAnonymousFile {
  file: AnonymousFile;
  /** The exact text that leaves the device. */
  text: string;
  /** Its file name: the period and the start of its id, nothing about the club. */
  name: string;
  /** True when this browser can hand the file to the share sheet. */
  shareable: boolean;
}

/**
 * Makes the anonymous file of an assessment under a random id. The same id
 * gives the same file, which the Integrationsbüro then counts once.
 */
export function prepareAnonymousFile(
  source: AnonymousSource,
  fileId: string,
): PreparedAnonymousFile {
  const file = anonymousFileOf(source, fileId, __APP_VERSION__);
  const text = serialiseAnonymousFile(file);
  const name = anonymousFileName(file);
  const shareable = canShareFile(new File([text], name, { type: 'application/json' }));
  return { file, text, name, shareable };
}

/** Saves (downloads) or shares the prepared file; cancelling the share sheet is no failure. */
export async function saveAnonymousFile(
  prepared: PreparedAnonymousFile,
  share: boolean,
  title: string,
): Promise<Outcome<Delivery, 'deliver-failed'>> {
  const blob = new Blob([prepared.text], { type: 'application/json' });
  try {
    return { ok: true, value: await deliverFile(blob, prepared.name, { share, title }) };
  } catch {
    return { ok: false, error: 'deliver-failed' };
  }
}

/**
 * A `mailto:` link to the office with subject and body filled in. It only
 * opens the user's mail program; the file is attached there by hand.
 */
export function mailtoHref(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}
