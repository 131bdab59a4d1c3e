import { useEffect, useState } from 'preact/hooks';
import { markSaid, wasSaid } from '../../actions/device';
import { loadFileMessages, tf, type FileMessages } from '../../locale';
import { paths } from '../paths';
import { INSTALL_HINT_KEY, useInstallWay } from '../install-offer';
import './install-hint.css';

type InstallTexts = FileMessages['install'];

/** The hint's texts, loaded with the on-demand catalog once the hint has something to show. */
function useInstallTexts(needed: boolean): InstallTexts | null {
  const [texts, setTexts] = useState<InstallTexts | null>(null);
  useEffect(() => {
    if (!needed) return;
    let live = true;
    // Not loaded (offline before it was cached): the hint stays away, which does no harm.
    loadFileMessages().then(
      (messages) => live && setTexts(messages.install),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [needed]);
  return texts;
}

/** Focus goes back to the screen's heading when the hint that held it goes. */
function focusHeading() {
  document.getElementById('screen-title')?.focus({ preventScroll: true });
}

/**
 * A calm offer to install the app, shown once a club has finished an
 * assessment: the browser's own prompt where it offers one, else the two steps
 * in Safari on iPhone and iPad. Nowhere when the app is installed or the
 * browser has no way; "Nicht jetzt" or a choice in the prompt hide it for good.
 */
export function InstallHint() {
  const { way, install } = useInstallWay();
  const [hidden, setHidden] = useState(() => wasSaid(INSTALL_HINT_KEY));
  const texts = useInstallTexts(way !== null && !hidden);
  if (!way || hidden || !texts) return null;
  const hide = () => {
    markSaid(INSTALL_HINT_KEY);
    setHidden(true);
    focusHeading();
  };
  return (
    <section class="card install-hint" aria-labelledby="install-hint-title">
      <h2 id="install-hint-title" class="card-title">
        {texts.heading}
      </h2>
      <p>{texts.intro}</p>
      {way === 'ios' && <IosSteps texts={texts} backupLink />}
      <div class="actions">
        <button type="button" class="button" onClick={hide}>
          {texts.notNow}
        </button>
        {way === 'prompt' && (
          <button type="button" class="button primary" onClick={() => void install().then(hide)}>
            {texts.install}
          </button>
        )}
      </div>
    </section>
  );
}

/** The way to install in the settings, beside the advice to do so (needs the on-demand catalog). */
export function InstallSteps() {
  const { way, install } = useInstallWay();
  const texts = tf().install;
  if (way === 'prompt')
    return (
      <p>
        <button type="button" class="button" onClick={() => void install()}>
          {texts.installApp}
        </button>
      </p>
    );
  if (way === 'ios') return <IosSteps texts={texts} backupLink={false} />;
  return null;
}

/** Safari's two steps, the share button told in words, and what the installed app does not share. */
function IosSteps({ texts, backupLink }: { texts: InstallTexts; backupLink: boolean }) {
  return (
    <>
      <ol class="install-steps">
        <li>
          {texts.iosShare}
          <ShareGlyph />
        </li>
        <li>{texts.iosAdd}</li>
      </ol>
      <p class="muted">
        {texts.iosStorage}{' '}
        {backupLink && (
          <a class="text-link" href={paths.settings()}>
            {texts.toBackup}
          </a>
        )}
      </p>
    </>
  );
}

/** Safari's share symbol, a square with an arrow up; the words before it say the same. */
function ShareGlyph() {
  return (
    <svg
      class="share-glyph"
      viewBox="0 0 24 24"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M12 15V3M7.5 7.5 12 3l4.5 4.5M8.5 10H5.5v11h13V10h-3" />
    </svg>
  );
}
