import { useEffect, useState } from 'preact/hooks';
import type { Edition } from '../../domain/edition-schema';
import { markSaid, wasSaid } from '../../actions/device';
import { activeLocale, localeInfo, t } from '../../locale';
import { localized } from '../edition-language';

/**
 * Says once per edition and language that the statements show in German,
 * because the edition has no texts in the language chosen.
 */
export function EditionLanguageNote({ edition }: { edition: Edition }) {
  const key = `edition-language:${edition.id}@${edition.version}:${activeLocale()}`;
  const [show] = useState(() => localized(edition).fellBack && !wasSaid(key));
  useEffect(() => {
    if (show) markSaid(key);
  }, [show, key]);
  if (!show) return null;
  return (
    <p class="notice" role="note">
      {t.language.editionFallback(edition.title, localeInfo(activeLocale()).name)}
    </p>
  );
}
