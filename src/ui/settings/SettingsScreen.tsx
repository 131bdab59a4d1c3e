import { useState } from 'preact/hooks';
import { keepDataOnDevice, readStorageStatus } from '../../actions/device';
import { activeLocale, fmt, localeInfo, t, tf } from '../../locale';
import { paths } from '../paths';
import { useOnce } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { InstallSteps } from '../components/InstallHint';
import { EditionsSection } from './EditionsSection';
import { BackupSection } from './BackupSection';
import './settings.css';

const formatBytes = (n: number) =>
  n < 1024 * 1024
    ? tf().settings.kilobytes(fmt.number(Math.max(1, Math.round(n / 1024)), 0))
    : tf().settings.megabytes(fmt.number(n / (1024 * 1024), 1));

/** Settings: how safe the data is on this device, its backup, and the editions of the Ampelbogen. */
export function SettingsScreen() {
  const [round, setRound] = useState(0);
  const storage = useOnce(readStorageStatus, [round]);

  const persist = async () => {
    await keepDataOnDevice();
    setRound((r) => r + 1);
  };

  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{tf().settings.heading}</ScreenHeading>
      <h2>{tf().settings.storageHeading}</h2>
      <Loaded state={storage}>
        {(s) => (
          <div class="card">
            <p data-testid="persistence">
              {s.persisted === true
                ? tf().settings.persistent
                : s.persisted === false
                  ? tf().settings.notPersistent
                  : tf().settings.persistUnknown}
            </p>
            <p>
              {s.usage !== null && s.quota !== null
                ? tf().settings.usage(formatBytes(s.usage), formatBytes(s.quota))
                : tf().settings.usageUnknown}
            </p>
            {s.persisted !== true && (
              <>
                <p>{tf().settings.persistAdvice}</p>
                <InstallSteps />
                <button type="button" class="button" onClick={persist}>
                  {tf().settings.persistAsk}
                </button>
              </>
            )}
          </div>
        )}
      </Loaded>
      <section aria-labelledby="language-title">
        <h2 id="language-title">{t.language.heading}</h2>
        <p>
          {t.language.current(localeInfo(activeLocale()).name)}{' '}
          <a class="text-link" href={paths.language()}>
            {t.language.change}
          </a>
        </p>
      </section>
      <BackupSection />
      <EditionsSection />
      <section aria-labelledby="office-title">
        <h2 id="office-title">{t.entry.officeHeading}</h2>
        <div class="card">
          <p>{t.entry.officeIntro}</p>
          <a class="button" href={paths.office()}>
            {t.entry.office}
          </a>
        </div>
      </section>
      <p class="muted">{tf().settings.appVersion(__APP_VERSION__)}</p>
    </section>
  );
}
