import type { FileMessages, Formatter, Messages } from '../locale';

/**
 * The words and formatters of the active language, passed in by the UI: pdf/
 * draws them and imports no catalog itself (only these types).
 */
export interface PdfWords {
  /** The first screens' catalog. */
  t: Messages;
  /** The on-demand catalog. */
  tf: FileMessages;
  fmt: Formatter;
  /** The language's BCP 47 tag, for the document's metadata. */
  lang: string;
  /** The language's direction: a right-to-left report is laid out mirrored, in an Arabic font. */
  dir: 'ltr' | 'rtl';
}
