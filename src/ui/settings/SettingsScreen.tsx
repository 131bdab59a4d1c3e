import { useState } from 'preact/hooks';
import { readStorageStatus, requestPersistence } from '../../storage/persistence';
import { deFiles } from '../../messages/de-files';
import { useOnce } from '../hooks/use-query';
import { Loaded } from '../components/Loading';
import { ScreenHeading } from '../components/ScreenHeading';
import { EditionsSection } from './EditionsSection';
import { BackupSection } from './BackupSection';
import './settings.css';

const formatBytes = (n: number) =>
  n < 1024 * 1024
    ? `${Math.max(1, Math.round(n / 1024))} KB`
    : `${(n / (1024 * 1024)).toLocaleString('de-DE', { maximumFractionDigits: 1 })} MB`;

/** Settings: how safe the data is on this device, its backup, and the editions of the Ampelbogen. */
export function SettingsScreen() {
  const [round, setRound] = useState(0);
  const storage = useOnce(readStorageStatus, [round]);

  const persist = async () => {
    await requestPersistence();
    setRound((r) => r + 1);
  };

  return (
    <section aria-labelledby="screen-title">
      <ScreenHeading>{deFiles.settings.heading}</ScreenHeading>
      <h2>{deFiles.settings.storageHeading}</h2>
      <Loaded state={storage}>
        {(s) => (
          <div class="card">
            <p data-testid="persistence">
              {s.persisted === true
                ? deFiles.settings.persistent
                : s.persisted === false
                  ? deFiles.settings.notPersistent
                  : deFiles.settings.persistUnknown}
            </p>
            <p>
              {s.usage !== null && s.quota !== null
                ? deFiles.settings.usage(formatBytes(s.usage), formatBytes(s.quota))
                : deFiles.settings.usageUnknown}
            </p>
            {s.persisted !== true && (
              <>
                <p>{deFiles.settings.persistAdvice}</p>
                <button type="button" class="button" onClick={persist}>
                  {deFiles.settings.persistAsk}
                </button>
              </>
            )}
          </div>
        )}
      </Loaded>
      <BackupSection />
      <EditionsSection />
      <p class="muted">{deFiles.settings.appVersion(__APP_VERSION__)}</p>
    </section>
  );
}
