import { useState } from 'preact/hooks';
import { saveLanguageChoice } from '../../actions/device';
import { activeLocale, LOCALES, setLocale, t, type LocaleId } from '../../locale';
import { ScreenHeading } from '../components/ScreenHeading';
import { StatusLine } from '../components/StatusLine';
import type { ActionStatus } from '../hooks/use-action';
import '../components/forms.css';
import './settings.css';

/** The languages offered to users (the pseudo-locale is for tests only). */
export const OFFERED = LOCALES.filter((l) => !('testOnly' in l && l.testOnly));

/** What the screen says after the app rendered anew in the chosen language. */
let announce: 'saved' | 'not-saved' | null = null;

/**
 * The language choice: each language named in itself, marked with its own
 * lang and dir so it is read out and shown right. A choice repaints the app at
 * once and is remembered on this device.
 */
export function LanguageScreen() {
  // A choice renders the whole app anew, this screen too: the news waits here.
  const [status, setStatus] = useState<ActionStatus | null>(() => {
    const news = announce;
    announce = null;
    if (news === null) return null;
    return news === 'saved'
      ? { kind: 'status', text: t.language.saved }
      : { kind: 'alert', text: t.language.notSaved };
  });
  const choose = async (id: LocaleId) => {
    const before = activeLocale();
    announce = saveLanguageChoice(id) ? 'saved' : 'not-saved';
    try {
      await setLocale(id);
    } catch {
      announce = null;
      saveLanguageChoice(before);
      setStatus({ kind: 'alert', text: t.language.failed });
    }
  };
  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{t.language.heading}</ScreenHeading>
      <p>{t.language.intro}</p>
      <fieldset class="language-choice">
        <legend>{t.language.choose}</legend>
        {OFFERED.map((l) => (
          <label key={l.id} class="field check">
            <input
              type="radio"
              name="language"
              value={l.id}
              checked={activeLocale() === l.id}
              onChange={() => void choose(l.id)}
            />
            <span lang={l.intl} dir={l.dir}>
              {l.name}
            </span>
          </label>
        ))}
      </fieldset>
      <StatusLine status={status} />
    </section>
  );
}
